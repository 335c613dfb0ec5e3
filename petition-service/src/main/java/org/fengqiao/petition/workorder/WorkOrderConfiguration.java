package org.fengqiao.petition.workorder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The work-order properties and the periodic deadline scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkOrderProperties.class)
@EnableScheduling
class WorkOrderConfiguration {
}

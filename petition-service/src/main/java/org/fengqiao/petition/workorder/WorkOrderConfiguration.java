package org.fengqiao.petition.workorder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The work-order properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkOrderProperties.class)
class WorkOrderConfiguration {
}

package org.fengqiao.survey.returnvisit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReturnVisitProperties.class)
class ReturnVisitConfiguration {
}

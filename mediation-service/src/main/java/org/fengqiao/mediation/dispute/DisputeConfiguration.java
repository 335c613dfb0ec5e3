package org.fengqiao.mediation.dispute;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ClockPolicy.class, RiskPolicy.class, AgreementPolicy.class})
class DisputeConfiguration {
}

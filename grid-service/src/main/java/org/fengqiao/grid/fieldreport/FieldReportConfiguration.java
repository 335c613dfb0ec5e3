package org.fengqiao.grid.fieldreport;

import org.fengqiao.platform.messaging.OutboxCollection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ FieldReportProperties.class, PhotoProperties.class })
@EnableScheduling
class FieldReportConfiguration {

    @Bean
    OutboxCollection fieldReportsOutbox() {
        return OutboxCollection.named(FieldReport.COLLECTION);
    }
}

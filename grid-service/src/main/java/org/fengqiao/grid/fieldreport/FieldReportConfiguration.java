package org.fengqiao.grid.fieldreport;

import org.fengqiao.platform.messaging.OutboxCollection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ FieldReportProperties.class, PhotoProperties.class })
class FieldReportConfiguration {

    @Bean
    OutboxCollection fieldReportsOutbox() {
        return OutboxCollection.named(FieldReport.COLLECTION);
    }
}

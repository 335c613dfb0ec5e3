package org.fengqiao.grid.jurisdiction;

import org.fengqiao.platform.messaging.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JurisdictionConfiguration {

    @Bean
    OutboxCollection divisionsOutbox() {
        return OutboxCollection.named(Division.COLLECTION);
    }
}

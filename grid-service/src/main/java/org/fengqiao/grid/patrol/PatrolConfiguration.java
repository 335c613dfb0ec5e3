package org.fengqiao.grid.patrol;

import org.fengqiao.platform.messaging.OutboxCollection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PatrolProperties.class)
class PatrolConfiguration {

    @Bean
    OutboxCollection patrolWatchOutbox() {
        return OutboxCollection.named(PatrolWatch.COLLECTION);
    }
}

package org.fengqiao.notification.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    DeliveryWorkers deliveryWorkers(DeliveryProperties properties) {
        return new DeliveryWorkers(Math.max(2, properties.concurrency()));
    }
}

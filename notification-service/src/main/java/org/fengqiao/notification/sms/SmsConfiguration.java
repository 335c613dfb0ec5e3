package org.fengqiao.notification.sms;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    QuietHours quietHours(SmsProperties properties) {
        return new QuietHours(properties.quietHours());
    }
}

package org.fengqiao.notification.sms;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    QuietHours quietHours(SmsProperties properties) {
        return new QuietHours(properties.quietHours());
    }

    @Bean
    SmsRateLimit smsRateLimit(SmsProperties properties, QuietHours quietHours, ReactiveMongoOperations mongo,
                              Clock clock) {
        return new SmsRateLimit(properties.rateLimit(), quietHours, mongo, clock);
    }
}

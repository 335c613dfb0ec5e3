package org.fengqiao.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Keeps Spring Boot's decoder (built from {@code spring.security.oauth2.resourceserver.jwt.*}, lazy about
 * the JWK set) and wraps it in {@link CachingJwtDecoder}.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfig {

    @Bean
    static BeanPostProcessor cachingJwtDecoderPostProcessor(ObjectProvider<JwtDecoderProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
                    JwtDecoderProperties settings = properties.getObject();
                    return new CachingJwtDecoder(decoder, settings.maxEntries(), settings.maxAge(), Clock.systemUTC());
                }
                return bean;
            }
        };
    }
}

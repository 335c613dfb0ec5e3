package org.fengqiao.platform.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Request ids for WebFlux services; metric tags, tracing and JSON logs come from the platform defaults (see the
 * package documentation).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestIdWebFilter requestIdWebFilter() {
        return new RequestIdWebFilter();
    }
}

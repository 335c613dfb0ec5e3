package org.fengqiao.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

/**
 * A tiny service standing in for a real one: the platform auto-configuration plus {@link ProbeController}.
 * Test-only; not part of the published test kit.
 */
@SpringBootApplication
public class ProbeApplication {

    /** Fails before any controller runs, like a broken filter would. */
    @Bean
    WebFilter failingFilter() {
        return (exchange, chain) -> exchange.getRequest().getPath().value().equals("/probe/filter-failure")
                ? Mono.error(new IllegalStateException("filter exploded: password=hunter2"))
                : chain.filter(exchange);
    }
}

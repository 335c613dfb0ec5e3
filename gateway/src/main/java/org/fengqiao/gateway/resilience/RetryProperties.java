package org.fengqiao.gateway.resilience;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fengqiao.gateway.retry.*}: how often a GET/HEAD is tried again after a connection failure or one
 * of {@code statuses}, with exponential backoff from {@code firstBackoff} up to {@code maxBackoff}.
 */
@ConfigurationProperties("fengqiao.gateway.retry")
record RetryProperties(@DefaultValue("2") int retries, @DefaultValue("50ms") Duration firstBackoff,
        @DefaultValue("500ms") Duration maxBackoff, @DefaultValue({ "502", "503" }) Set<Integer> statuses) {

    RetryProperties {
        if (retries < 0) {
            throw new IllegalArgumentException("fengqiao.gateway.retry.retries must be >= 0");
        }
        statuses = Set.copyOf(statuses);
    }
}

package org.fengqiao.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.notification.delivery.*}: how often the dispatcher looks for due deliveries and how failures are
 * retried. Defaults: poll every 1s, 100 per poll, 8 in flight, lease 2m; backoff 30s doubling up to 1h, given up
 * after 25h (the 12345 contract asks for at least 24h).
 */
@ConfigurationProperties("fengqiao.notification.delivery")
record DeliveryProperties(Boolean dispatcherEnabled, Duration pollInterval, Integer batchSize, Integer concurrency,
                          Duration lease, Retry retry) {

    DeliveryProperties {
        dispatcherEnabled = dispatcherEnabled == null || dispatcherEnabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        concurrency = concurrency == null ? 8 : concurrency;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
    }

    /** Exponential backoff: {@code initialBackoff × multiplier^(attempts-1)}, at most {@code maxBackoff}. */
    record Retry(Duration initialBackoff, Double multiplier, Duration maxBackoff, Duration retryFor) {

        Retry {
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
            retryFor = retryFor == null ? Duration.ofHours(25) : retryFor;
        }

        Duration backoffAfter(int attempts) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
            return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
        }
    }
}

package org.fengqiao.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The relay's meters: {@code fengqiao.outbox.pending} (events waiting as of the last sweep, a lower bound
 * when more than a batch of aggregates wait), {@code fengqiao.outbox.lag} (seconds since the oldest of
 * them occurred), {@code fengqiao.outbox.published} and {@code fengqiao.outbox.failed} (send attempts).
 */
final class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
    private final Counter published;
    private final Counter failed;
    private final Clock clock;

    OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        Gauge.builder("fengqiao.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events waiting to be published, as of the last sweep")
                .baseUnit("events")
                .register(registry);
        Gauge.builder("fengqiao.outbox.lag", this, OutboxMetrics::lagSeconds)
                .description("Age of the oldest outbox event waiting, as of the last sweep")
                .baseUnit(TimeUnit.SECONDS.name().toLowerCase())
                .register(registry);
        this.published = Counter.builder("fengqiao.outbox.published")
                .description("Outbox events the broker acknowledged")
                .baseUnit("events")
                .register(registry);
        this.failed = Counter.builder("fengqiao.outbox.failed")
                .description("Outbox send attempts that failed (they are retried)")
                .baseUnit("events")
                .register(registry);
    }

    void published() {
        published.increment();
    }

    void failed() {
        failed.increment();
    }

    void swept(long stillPending, Instant oldest) {
        pending.set(stillPending);
        oldestPending.set(oldest);
    }

    private double lagSeconds() {
        Instant oldest = oldestPending.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}

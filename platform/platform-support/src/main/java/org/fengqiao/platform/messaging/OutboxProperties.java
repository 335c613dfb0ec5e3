package org.fengqiao.platform.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fengqiao.outbox.*}: the outbox relay.
 *
 * @param enabled        whether this service runs a relay
 * @param collections    collections whose documents carry an {@code outbox} field (besides {@link OutboxCollection} beans)
 * @param sweepInterval  how often all collections are searched for pending events
 * @param batchSize      aggregates fetched per collection and sweep (a full batch triggers another sweep at once)
 * @param concurrency    aggregates published in parallel, and threads that may block in {@code KafkaTemplate.send}
 * @param initialBackoff pause after the first failed attempt while Kafka is unreachable
 * @param maxBackoff     longest pause between attempts (the pause doubles up to it)
 */
@Validated
@ConfigurationProperties("fengqiao.outbox")
record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue List<String> collections,
        @NotNull @DefaultValue("2s") Duration sweepInterval,
        @Min(1) @DefaultValue("100") int batchSize,
        @Min(1) @DefaultValue("4") int concurrency,
        @NotNull @DefaultValue("500ms") Duration initialBackoff,
        @NotNull @DefaultValue("30s") Duration maxBackoff) {
}

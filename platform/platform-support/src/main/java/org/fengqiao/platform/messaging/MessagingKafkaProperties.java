package org.fengqiao.platform.messaging;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fengqiao.kafka.*}: topics, listener retries and the Kafka health check. Connection, group,
 * serialisers and observation are the standard {@code spring.kafka.*} properties, defaulted by
 * {@link MessagingDefaults}.
 */
@Validated
@ConfigurationProperties("fengqiao.kafka")
record MessagingKafkaProperties(
        @Valid @DefaultValue TopicsProperties topics,
        @Valid @DefaultValue ConsumerProperties consumer,
        @Valid @DefaultValue HealthProperties health) {

    /**
     * The five event topics and their dead-letter topics, created at start-up if missing.
     *
     * @param create     whether to create missing topics at start-up
     * @param partitions partitions per topic (a dead-letter topic gets as many)
     * @param replicas   replication factor: 1 on the embedded broker, 3 on a production cluster
     */
    record TopicsProperties(
            @DefaultValue("true") boolean create,
            @Min(1) @DefaultValue("3") int partitions,
            @Min(1) @DefaultValue("1") short replicas) {
    }

    /**
     * How a failed listener is retried before its record goes to {@code <topic>.dlt}.
     *
     * @param retries           redeliveries after the first attempt
     * @param initialInterval   pause before the first redelivery
     * @param multiplier        growth of the pause
     * @param maxInterval       longest pause (keep retries × pause well under {@code max.poll.interval.ms})
     * @param handlerTimeout    longest a handler's Mono may run before it counts as failed
     * @param processedRetention how long {@link ProcessedEvents} remembers an event (longer than topic retention)
     */
    record ConsumerProperties(
            @Min(0) @DefaultValue("4") int retries,
            @NotNull @DefaultValue("1s") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("15s") Duration maxInterval,
            @NotNull @DefaultValue("30s") Duration handlerTimeout,
            @NotNull @DefaultValue("14d") Duration processedRetention) {
    }

    /** @param timeout how long the {@code kafka} health check waits for the cluster to answer */
    record HealthProperties(@NotNull @DefaultValue("2s") Duration timeout) {
    }
}

package org.fengqiao.platform.messaging;

import java.time.Duration;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.fengqiao.events.EventCatalog;
import org.springframework.kafka.core.KafkaTemplate;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Sends one outbox event and completes when the broker acknowledged it. {@code KafkaTemplate.send}
 * blocks while the producer waits for metadata (up to {@code max.block.ms}, e.g. while the broker is
 * down), so it runs on the relay's bounded scheduler, never on a reactive thread; the acknowledgement
 * is awaited without blocking.
 */
final class OutboxSender {

    private final KafkaTemplate<String, String> template;
    private final EventCatalog catalog;
    private final RelayTracing tracing;
    private final Duration ackTimeout;

    OutboxSender(KafkaTemplate<String, String> template, EventCatalog catalog, RelayTracing tracing, Duration ackTimeout) {
        this.template = template;
        this.catalog = catalog;
        this.tracing = tracing;
        this.ackTimeout = ackTimeout;
    }

    Mono<Void> send(OutboxEvent event, Scheduler scheduler) {
        return Mono.fromCallable(() -> record(event))
                .map(record -> tracing.within(event.traceparent(), () -> template.send(record)))
                .subscribeOn(scheduler)
                .flatMap(future -> Mono.fromFuture(future, true))
                // The producer's own delivery timeout fires first; this only guards against a lost callback.
                .timeout(ackTimeout)
                .then();
    }

    private ProducerRecord<String, String> record(OutboxEvent event) {
        return EventRecords.record(catalog.topicOf(event.typeId()), event.key(), event.metadata(), event.payload());
    }

    /** Whether the failure is the broker being unreachable or slow, i.e. worth retrying after a pause. */
    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}

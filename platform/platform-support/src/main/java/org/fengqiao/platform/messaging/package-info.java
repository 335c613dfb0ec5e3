/**
 * Messaging plumbing every service shares (ARCHITECTURE §3-4), as Boot auto-configuration.
 *
 * <p>Producing: an aggregate document keeps its pending events in an {@code outbox} field of
 * {@link org.fengqiao.platform.messaging.OutboxEvent}s, appended in the same single-document write as the
 * state change; the {@link org.fengqiao.platform.messaging.OutboxRelay} publishes them in order with an
 * idempotent producer and removes each after the broker acknowledged it, retrying with backoff while Kafka
 * is down. Collections with an outbox are declared as {@link org.fengqiao.platform.messaging.OutboxCollection}
 * beans.
 *
 * <p>Consuming: a {@code @KafkaListener} method takes a {@code ConsumerRecord<String, String>} and hands a
 * reactive handler to {@link org.fengqiao.platform.messaging.EventRecords#consume}, typically wrapping the
 * effect in {@link org.fengqiao.platform.messaging.ProcessedEvents#once}; the handler runs to completion on the
 * consumer thread (why not async returns: see {@code consume}). Failures are retried with backoff by the one
 * error handler, then dead-lettered to {@code <topic>.dlt}; unreadable records are dead-lettered at once.
 *
 * <p>Also here: the ten topics (events and dead letters), the {@code kafka} health contributor, defaults for
 * {@code spring.kafka.*} ({@link org.fengqiao.platform.messaging.MessagingDefaults}) and trace propagation
 * through the outbox when Micrometer Tracing is present.
 */
package org.fengqiao.platform.messaging;

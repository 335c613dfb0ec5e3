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
 * <p>Consuming: {@code @KafkaListener} methods take a {@code ConsumerRecord<String, String>} and return
 * {@code Mono<Void>}, built with {@link org.fengqiao.platform.messaging.EventRecords#handle} and
 * {@link org.fengqiao.platform.messaging.ProcessedEvents#once}. Failures are retried with backoff by the one
 * error handler, then dead-lettered to {@code <topic>.dlt}; unreadable records are dead-lettered at once.
 *
 * <p>Also here: the ten topics (events and dead letters), the {@code kafka} health contributor, defaults for
 * {@code spring.kafka.*} ({@link org.fengqiao.platform.messaging.MessagingDefaults}) and trace propagation
 * through the outbox when Micrometer Tracing is present.
 */
package org.fengqiao.platform.messaging;

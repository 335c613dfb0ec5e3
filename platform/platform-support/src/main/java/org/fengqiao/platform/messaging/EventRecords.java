package org.fengqiao.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.fengqiao.events.Event;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.UnreadableEventException;

import reactor.core.publisher.Mono;

/**
 * Kafka records of our events: the envelope in {@link EventHeaders} (UTF-8 strings), the key = the
 * aggregate id, the value = the payload JSON. Consumers turn records into {@link Event}s here; anything
 * that does not fit (missing or malformed header, unknown type, payload not fitting its contract, no
 * key) is an {@link UnreadableEventException}, which the error handler sends straight to the dead-letter
 * topic without retrying.
 */
public final class EventRecords {

    private final EventJson json;
    private final Duration handlerTimeout;

    public EventRecords(EventJson json, Duration handlerTimeout) {
        this.json = json;
        this.handlerTimeout = handlerTimeout;
    }

    /**
     * Reads a record into an event with its typed payload.
     *
     * @throws UnreadableEventException for a poison record
     */
    public Event<?> read(ConsumerRecord<String, String> record) {
        EventMetadata metadata = metadata(record.headers());
        if (record.key() == null) {
            throw new UnreadableEventException("record without key at " + position(record), null);
        }
        if (record.value() == null) {
            throw new UnreadableEventException("record without payload at " + position(record), null);
        }
        return new Event<>(metadata, record.key(), json.read(metadata.typeId(), record.value()));
    }

    /**
     * The body of a {@code @KafkaListener} method: reads the record and runs the handler to completion on the
     * listener's thread, so that a failure (a poison record, a failed or hung Mono) reaches the container's
     * error handler, which retries it and then dead-letters it. The listener thread is a Kafka consumer thread,
     * not a reactive one, so waiting there blocks no event loop; and one record finishes before the next of
     * its partition starts, which keeps a key's events in order.
     *
     * <p>Why not return the Mono to spring-kafka (async returns)? In spring-kafka 4.0.6 a failed async result of
     * a plain {@code @KafkaListener} is acknowledged and logged, never handed to the error handler (only
     * {@code @RetryableTopic} listeners get that callback), and the records of one poll run concurrently;
     * {@code EventConsumptionIT} pins this down.
     */
    public void consume(ConsumerRecord<String, String> record, Function<Event<?>, Mono<Void>> handler) {
        handle(record, handler).block();
    }

    /**
     * As {@link #consume(ConsumerRecord, Function)} for a listener that reacts to one event type of a topic that
     * carries several: records of other types are skipped by their header before their payload is read, so
     * another listener's events (or newer types this service has no record for) never become poison here.
     */
    public void consume(ConsumerRecord<String, String> record, Class<?> payloadType,
                        Function<Event<?>, Mono<Void>> handler) {
        if (json.catalog().typeIdOf(payloadType).equals(metadata(record.headers()).typeId())) {
            consume(record, handler);
        }
    }

    /**
     * As {@link #consume(ConsumerRecord, Function)} for a listener that reacts to some of the event types of a topic
     * ({@code types}, e.g. {@code "dispute.opened"}): other records are skipped by their header before their payload
     * is read, as in {@link #consume(ConsumerRecord, Class, Function)}.
     */
    public void consume(ConsumerRecord<String, String> record, Set<String> types,
                        Function<Event<?>, Mono<Void>> handler) {
        if (isOneOf(record, types)) {
            consume(record, handler);
        }
    }

    /** Whether the record's {@code event-type} header names one of {@code types}. */
    public static boolean isOneOf(ConsumerRecord<String, String> record, Set<String> types) {
        return types.contains(metadata(record.headers()).typeId().type());
    }

    /**
     * The handling as a Mono: reads the record (a poison record becomes a failed Mono) and runs the handler,
     * bounded by {@code fengqiao.kafka.consumer.handler-timeout} so a hung effect fails and is retried instead
     * of stalling the partition.
     */
    public Mono<Void> handle(ConsumerRecord<String, String> record, Function<Event<?>, Mono<Void>> handler) {
        return Mono.defer(() -> handler.apply(read(record))).timeout(handlerTimeout);
    }

    /** A record for an event, on the topic its type is published on. */
    public ProducerRecord<String, String> toRecord(Event<?> event) {
        String topic = json.catalog().topicOf(event.metadata().typeId());
        return record(topic, event.key(), event.metadata(), json.write(event.payload()));
    }

    /** A record with the envelope headers; the payload is already JSON. */
    public static ProducerRecord<String, String> record(String topic, String key, EventMetadata metadata, String payloadJson) {
        RecordHeaders headers = new RecordHeaders();
        writeHeaders(metadata, headers);
        return new ProducerRecord<>(topic, null, key, payloadJson, headers);
    }

    /** Writes the envelope into record headers; a missing traceparent is left out. */
    public static void writeHeaders(EventMetadata metadata, Headers headers) {
        put(headers, EventHeaders.EVENT_ID, metadata.eventId().toString());
        put(headers, EventHeaders.EVENT_TYPE, metadata.typeId().type());
        put(headers, EventHeaders.EVENT_VERSION, Integer.toString(metadata.typeId().version()));
        put(headers, EventHeaders.OCCURRED_AT, metadata.occurredAt().toString());
        put(headers, EventHeaders.JURISDICTION, metadata.jurisdiction());
        if (metadata.traceparent() != null) {
            put(headers, EventHeaders.TRACEPARENT, metadata.traceparent());
        }
    }

    /**
     * Reads the envelope from record headers.
     *
     * @throws UnreadableEventException when a required header is missing or malformed
     */
    public static EventMetadata metadata(Headers headers) {
        String eventId = required(headers, EventHeaders.EVENT_ID);
        String type = required(headers, EventHeaders.EVENT_TYPE);
        String version = required(headers, EventHeaders.EVENT_VERSION);
        String occurredAt = required(headers, EventHeaders.OCCURRED_AT);
        String jurisdiction = required(headers, EventHeaders.JURISDICTION);
        try {
            return new EventMetadata(UUID.fromString(eventId), new EventTypeId(type, Integer.parseInt(version)),
                    Instant.parse(occurredAt), jurisdiction, value(headers, EventHeaders.TRACEPARENT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UnreadableEventException("malformed event envelope: " + e.getMessage(), e);
        }
    }

    private static String required(Headers headers, String name) {
        String value = value(headers, name);
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("missing header " + name, null);
        }
        return value;
    }

    private static String value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}

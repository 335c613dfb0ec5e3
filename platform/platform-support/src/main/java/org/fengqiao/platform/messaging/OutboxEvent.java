package org.fengqiao.platform.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bson.Document;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.EventTypeId;

/**
 * An event waiting in its aggregate's document to be published (ARCHITECTURE §4). An aggregate keeps a
 * {@code List<OutboxEvent> outbox} field and appends to it in the same single-document write as the
 * state change; the {@link OutboxRelay} publishes the entries in list order and removes each one only
 * after the broker acknowledged it.
 *
 * <p>The field of the aggregate must be named {@value #FIELD}. Entries are stored as sub-documents with
 * exactly the fields of this record; {@code occurredAt} is kept to the millisecond, like every BSON date.
 *
 * @param eventId      UUID of the event, the consumers' deduplication key
 * @param type         logical event type, e.g. {@code work-order.received}
 * @param version      contract version of the payload
 * @param key          the aggregate id, the Kafka record key
 * @param occurredAt   when the fact happened
 * @param jurisdiction division code the event belongs to
 * @param traceparent  W3C trace context of the request that caused the event, or {@code null}
 * @param payload      the payload as JSON (its golden-sample format)
 */
public record OutboxEvent(
        String eventId,
        String type,
        int version,
        String key,
        Instant occurredAt,
        String jurisdiction,
        String traceparent,
        String payload) {

    /** Name of the aggregate's field that holds the pending events. */
    public static final String FIELD = "outbox";

    private static final EventJson STANDARD_JSON = EventJson.standard();

    public OutboxEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * A new event for a payload record of the standard catalog, carrying the current trace context if
     * there is one.
     *
     * @param payload      an {@code @EventType} record, e.g. {@code new PetitionAssigned(...)}
     * @param key          the aggregate id
     * @param jurisdiction division code of the aggregate
     * @param occurredAt   when it happened (business time, usually the clock's instant of the change)
     */
    public static OutboxEvent of(Object payload, String key, String jurisdiction, Instant occurredAt) {
        return of(STANDARD_JSON, payload, key, jurisdiction, occurredAt);
    }

    /** As {@link #of(Object, String, String, Instant)} with a catalog of one's own (tests, new contracts). */
    public static OutboxEvent of(EventJson json, Object payload, String key, String jurisdiction, Instant occurredAt) {
        EventTypeId typeId = json.catalog().typeIdOf(payload.getClass());
        return new OutboxEvent(UUID.randomUUID().toString(), typeId.type(), typeId.version(), key,
                occurredAt.truncatedTo(ChronoUnit.MILLIS), jurisdiction, CurrentTraceparent.get(), json.write(payload));
    }

    /** A new list: {@code outbox} (may be {@code null}) followed by this event. */
    public List<OutboxEvent> appendTo(List<OutboxEvent> outbox) {
        List<OutboxEvent> appended = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
        appended.add(this);
        return List.copyOf(appended);
    }

    public EventTypeId typeId() {
        return new EventTypeId(type, version);
    }

    /** The envelope the event travels with (its Kafka headers). */
    public EventMetadata metadata() {
        return new EventMetadata(UUID.fromString(eventId), typeId(), occurredAt, jurisdiction, traceparent);
    }

    /** Reads an entry as stored by Spring Data; the relay works on raw documents of any collection. */
    static OutboxEvent fromDocument(Document entry) {
        Object occurredAt = entry.get("occurredAt");
        Instant instant = occurredAt instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(occurredAt));
        Number version = entry.get("version", Number.class);
        return new OutboxEvent(entry.getString("eventId"), entry.getString("type"),
                version == null ? 0 : version.intValue(), entry.getString("key"), instant,
                entry.getString("jurisdiction"), entry.getString("traceparent"), entry.getString("payload"));
    }
}

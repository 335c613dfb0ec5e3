package org.fengqiao.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The envelope of an event: everything but its key and payload, carried in headers on the wire. */
public record EventMetadata(UUID eventId, EventTypeId typeId, Instant occurredAt, String jurisdiction, String traceparent) {

    public EventMetadata {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    public static EventMetadata newEvent(Object payload, Instant occurredAt, String jurisdiction) {
        return new EventMetadata(UUID.randomUUID(), EventTypeId.of(payload.getClass()), occurredAt, jurisdiction, null);
    }
}

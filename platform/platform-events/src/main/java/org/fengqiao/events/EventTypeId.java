package org.fengqiao.events;

import java.util.Objects;

/** A logical event type at one version: the key of a payload on the wire and of its golden sample. */
public record EventTypeId(String type, int version) {

    public EventTypeId {
        Objects.requireNonNull(type, "type");
        if (type.isBlank() || version < 1) {
            throw new IllegalArgumentException("invalid event type id: " + type + " v" + version);
        }
    }

    public static EventTypeId of(Class<?> payloadType) {
        EventType annotation = payloadType.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not annotated with @EventType");
        }
        return new EventTypeId(annotation.value(), annotation.version());
    }

    /** The golden sample's resource name, {@code samples/<event-type>.v<N>.json}. */
    public String sampleResource() {
        return "samples/" + type + ".v" + version + ".json";
    }

    @Override
    public String toString() {
        return type + ".v" + version;
    }
}

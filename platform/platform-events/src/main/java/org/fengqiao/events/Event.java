package org.fengqiao.events;

import java.util.Objects;

/**
 * One event as a consumer receives it: envelope, key (the aggregate id, so one case's events stay in
 * order) and the typed payload.
 */
public record Event<T>(EventMetadata metadata, String key, T payload) {

    public Event {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }

    public String type() {
        return metadata.typeId().type();
    }

    public boolean is(Class<?> payloadType) {
        return payloadType.isInstance(payload);
    }
}

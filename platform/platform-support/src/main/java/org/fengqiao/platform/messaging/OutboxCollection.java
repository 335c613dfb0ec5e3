package org.fengqiao.platform.messaging;

import java.util.Objects;

/**
 * Declares that documents of a collection carry an {@code outbox} field, so the relay's sweep looks
 * there. Declare one bean per collection, e.g. {@code @Bean OutboxCollection petitions() { return
 * OutboxCollection.named("petitions"); }}, or list the names in {@code fengqiao.outbox.collections}.
 */
public record OutboxCollection(String name) {

    public OutboxCollection {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("collection name is blank");
        }
    }

    public static OutboxCollection named(String name) {
        return new OutboxCollection(name);
    }
}

package org.fengqiao.platform.messaging;

import java.util.function.Supplier;

/**
 * Where {@link OutboxEvent#of} finds the current W3C trace context. Static because aggregates create
 * their events without access to beans; the tracing auto-configuration installs a source when
 * Micrometer Tracing is present, otherwise events carry no traceparent.
 */
final class CurrentTraceparent {

    private static final Supplier<String> NONE = () -> null;

    private static volatile Supplier<String> source = NONE;

    private CurrentTraceparent() {
    }

    static String get() {
        try {
            return source.get();
        } catch (RuntimeException e) {
            // A missing trace context must never fail a state change.
            return null;
        }
    }

    static void use(Supplier<String> traceparentSource) {
        source = traceparentSource;
    }

    static void reset(Supplier<String> traceparentSource) {
        if (source == traceparentSource) {
            source = NONE;
        }
    }
}

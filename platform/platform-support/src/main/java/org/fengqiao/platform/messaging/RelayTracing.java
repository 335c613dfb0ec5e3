package org.fengqiao.platform.messaging;

import java.util.function.Supplier;

/**
 * Continues the trace of the request that caused an event while the relay publishes it. Without
 * tracing the relay copies the stored traceparent into the record; with tracing the stored context
 * becomes the parent of the send, and the template's observation writes the child's traceparent.
 */
interface RelayTracing {

    RelayTracing NONE = new RelayTracing() {
        @Override
        public <T> T within(String traceparent, Supplier<T> action) {
            return action.get();
        }
    };

    <T> T within(String traceparent, Supplier<T> action);
}

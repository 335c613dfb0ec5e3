package org.fengqiao.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.fengqiao.events.EventHeaders;
import org.springframework.beans.factory.DisposableBean;

/** {@link RelayTracing} and the {@link CurrentTraceparent} source when Micrometer Tracing is present. */
final class MicrometerRelayTracing implements RelayTracing, DisposableBean {

    private final Tracer tracer;
    private final Propagator propagator;
    private final Supplier<String> currentTraceparent = this::currentTraceparent;

    MicrometerRelayTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
        CurrentTraceparent.use(currentTraceparent);
    }

    @Override
    public <T> T within(String traceparent, Supplier<T> action) {
        if (traceparent == null) {
            return action.get();
        }
        Span span = propagator.extract(Map.of(EventHeaders.TRACEPARENT, traceparent), Map::get)
                .name("outbox relay")
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return action.get();
        } finally {
            span.end();
        }
    }

    private String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(EventHeaders.TRACEPARENT);
    }

    @Override
    public void destroy() {
        CurrentTraceparent.reset(currentTraceparent);
    }
}

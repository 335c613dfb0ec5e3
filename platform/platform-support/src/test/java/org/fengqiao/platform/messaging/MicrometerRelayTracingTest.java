package org.fengqiao.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trace of a request continues through the outbox when a real tracer (here OpenTelemetry) is present. */
class MicrometerRelayTracingTest {

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("test");
    private final OtelTracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> {
    });
    private final MicrometerRelayTracing tracing = new MicrometerRelayTracing(tracer,
            new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));
    private final WorkOrderReceived sample = GoldenSamples.read(EventJson.standard(), WorkOrderReceived.class);

    @AfterEach
    void close() {
        tracing.destroy();
        provider.close();
    }

    @Test
    void anEventCreatedInsideASpanCarriesThatSpansTraceparent() {
        Span request = tracer.nextSpan().name("POST /work-orders").start();
        OutboxEvent event;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            event = OutboxEvent.of(sample, "case-1", "330681", Instant.now());
        } finally {
            request.end();
        }

        assertThat(event.traceparent())
                .isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-01");
        assertThat(OutboxEvent.of(sample, "case-1", "330681", Instant.now()).traceparent()).isNull();
    }

    @Test
    void theRelaySendsAsAChildOfTheStoredTraceSoTheTemplatesTraceparentContinuesIt() {
        String stored = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        Span current = tracing.within(stored, tracer::currentSpan);

        assertThat(current.context().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(current.context().parentId()).isEqualTo("00f067aa0ba902b7");
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void withoutAStoredTraceTheSendRunsAsIs() {
        assertThat(tracing.within(null, tracer::currentSpan)).isNull();
    }
}

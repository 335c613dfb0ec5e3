package org.fengqiao.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxEventTest {

    private final EventJson json = EventJson.standard();
    private final WorkOrderReceived sample = GoldenSamples.read(json, WorkOrderReceived.class);

    @AfterEach
    void noTraceContext() {
        CurrentTraceparent.use(() -> null);
    }

    @Test
    void anEventIsCreatedFromItsPayloadRecordWithTheLogicalTypeAndTheGoldenJson() {
        OutboxEvent event = OutboxEvent.of(sample, sample.workOrderId(), "330681", Instant.parse("2026-11-22T02:15:30.123456789Z"));

        assertThat(UUID.fromString(event.eventId())).isNotNull();
        assertThat(event.typeId()).isEqualTo(new EventTypeId("work-order.received", 1));
        assertThat(event.key()).isEqualTo(sample.workOrderId());
        assertThat(event.jurisdiction()).isEqualTo("330681");
        // BSON dates hold milliseconds: what the document stores is what the header says.
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-22T02:15:30.123Z"));
        assertThat(GoldenSamples.matches(json, json.read(event.typeId(), event.payload()))).isTrue();
        assertThat(event.traceparent()).isNull();
        assertThat(event.metadata().eventId().toString()).isEqualTo(event.eventId());
    }

    @Test
    void anEventCreatedDuringATracedRequestCarriesItsTraceContext() {
        CurrentTraceparent.use(() -> "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        OutboxEvent event = OutboxEvent.of(sample, sample.workOrderId(), "330681", Instant.now());

        assertThat(event.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void aBrokenTraceSourceNeverFailsTheStateChange() {
        CurrentTraceparent.use(() -> {
            throw new IllegalStateException("no tracer");
        });

        assertThat(OutboxEvent.of(sample, "case-1", "330681", Instant.now()).traceparent()).isNull();
    }

    @Test
    void appendingKeepsTheOrderAndLeavesTheOriginalListAlone() {
        OutboxEvent first = OutboxEvent.of(sample, "case-1", "330681", Instant.now());
        OutboxEvent second = OutboxEvent.of(sample, "case-1", "330681", Instant.now());
        List<OutboxEvent> one = first.appendTo(null);

        List<OutboxEvent> two = second.appendTo(one);

        assertThat(one).containsExactly(first);
        assertThat(two).containsExactly(first, second);
    }

    @Test
    void theRelayReadsAnEntryAsSpringDataStoresIt() {
        OutboxEvent event = OutboxEvent.of(sample, "case-1", "330681", Instant.parse("2026-11-22T02:15:30.123Z"));
        Document stored = new Document("eventId", event.eventId()).append("type", event.type())
                .append("version", event.version()).append("key", event.key())
                .append("occurredAt", Date.from(event.occurredAt())).append("jurisdiction", event.jurisdiction())
                .append("traceparent", null).append("payload", event.payload());

        assertThat(OutboxEvent.fromDocument(stored)).isEqualTo(event);
    }
}

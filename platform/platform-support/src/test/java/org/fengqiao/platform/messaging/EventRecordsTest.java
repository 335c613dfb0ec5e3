package org.fengqiao.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.fengqiao.events.Event;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.Topics;
import org.fengqiao.events.UnreadableEventException;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import reactor.core.publisher.Mono;

class EventRecordsTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final EventJson json = EventJson.standard();
    private final EventRecords records = new EventRecords(json, Duration.ofSeconds(5));
    private final WorkOrderReceived sample = GoldenSamples.read(json, WorkOrderReceived.class);

    @Test
    void theEnvelopeTravelsInHeadersAndComesBackUnchanged() {
        EventMetadata sent = new EventMetadata(UUID.randomUUID(), EventTypeId.of(WorkOrderReceived.class),
                Instant.parse("2026-11-22T02:15:30.123Z"), "330681101", TRACEPARENT);

        ProducerRecord<String, String> record = records.toRecord(new Event<>(sent, sample.workOrderId(), sample));
        Event<?> received = records.read(consumed(record.headers(), record.key(), record.value()));

        assertThat(record.topic()).isEqualTo(Topics.PETITION);
        assertThat(header(record.headers(), EventHeaders.EVENT_TYPE)).isEqualTo("work-order.received");
        assertThat(header(record.headers(), EventHeaders.EVENT_VERSION)).isEqualTo("1");
        assertThat(header(record.headers(), EventHeaders.OCCURRED_AT)).isEqualTo("2026-11-22T02:15:30.123Z");
        assertThat(received.metadata()).isEqualTo(sent);
        assertThat(received.key()).isEqualTo(sample.workOrderId());
        assertThat(received.payload()).isEqualTo(sample);
    }

    @Test
    void anEventWithoutTraceContextHasNoTraceparentHeader() {
        EventMetadata sent = EventMetadata.newEvent(sample, Instant.parse("2026-11-22T02:15:30Z"), "330681");
        Headers headers = new RecordHeaders();

        EventRecords.writeHeaders(sent, headers);

        assertThat(headers.lastHeader(EventHeaders.TRACEPARENT)).isNull();
        assertThat(EventRecords.metadata(headers)).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {EventHeaders.EVENT_ID, EventHeaders.EVENT_TYPE, EventHeaders.EVENT_VERSION,
            EventHeaders.OCCURRED_AT, EventHeaders.JURISDICTION})
    void aRecordMissingARequiredHeaderIsUnreadable(String missing) {
        Headers headers = validHeaders();
        headers.remove(missing);

        assertThatThrownBy(() -> records.read(consumed(headers, "case-1", json.write(sample))))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {EventHeaders.EVENT_ID, EventHeaders.EVENT_VERSION, EventHeaders.OCCURRED_AT})
    void aMalformedHeaderIsUnreadable(String malformed) {
        Headers headers = validHeaders();
        headers.remove(malformed);
        headers.add(malformed, "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> records.read(consumed(headers, "case-1", json.write(sample))))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void anUnknownTypeABrokenPayloadOrAMissingKeyIsUnreadable() {
        Headers unknownType = validHeaders();
        unknownType.remove(EventHeaders.EVENT_TYPE);
        unknownType.add(EventHeaders.EVENT_TYPE, "no-such.event".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> records.read(consumed(unknownType, "case-1", json.write(sample))))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> records.read(consumed(validHeaders(), "case-1", "{not json")))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> records.read(consumed(validHeaders(), null, json.write(sample))))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> records.read(consumed(validHeaders(), "case-1", null)))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void aPoisonRecordBecomesAFailedMonoSoTheErrorHandlerSeesIt() {
        Mono<Void> handled = records.handle(consumed(validHeaders(), "case-1", "{not json"), event -> Mono.empty());

        assertThatThrownBy(handled::block).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void aListenerForOneTypeSkipsTheTopicsOtherTypesUnreadAndHandlesItsOwn() {
        List<Object> handled = new ArrayList<>();
        Headers otherType = validHeaders();
        otherType.remove(EventHeaders.EVENT_TYPE);
        otherType.add(EventHeaders.EVENT_TYPE, "work-order.dispatched".getBytes(StandardCharsets.UTF_8));

        records.consume(consumed(otherType, "case-1", "{not even json"), WorkOrderReceived.class,
                event -> Mono.fromRunnable(() -> handled.add(event.payload())));
        records.consume(consumed(validHeaders(), "case-1", json.write(sample)), WorkOrderReceived.class,
                event -> Mono.fromRunnable(() -> handled.add(event.payload())));

        assertThat(handled).containsExactly(sample);
        assertThatThrownBy(() -> records.consume(consumed(validHeaders(), "case-1", "{not json"), WorkOrderReceived.class,
                event -> Mono.empty())).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void aHandlerThatHangsTimesOut() {
        EventRecords impatient = new EventRecords(json, Duration.ofMillis(50));

        Mono<Void> handled = impatient.handle(consumed(validHeaders(), "case-1", json.write(sample)), event -> Mono.never());

        assertThatThrownBy(handled::block).hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
    }

    private Headers validHeaders() {
        Headers headers = new RecordHeaders();
        EventRecords.writeHeaders(EventMetadata.newEvent(sample, Instant.parse("2026-11-22T02:15:30Z"), "330681"), headers);
        return headers;
    }

    private static ConsumerRecord<String, String> consumed(Headers headers, String key, String value) {
        return new ConsumerRecord<>(Topics.PETITION, 0, 42L, 0L, TimestampType.CREATE_TIME, -1, -1, key, value,
                headers, Optional.empty());
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

package org.fengqiao.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.junit.jupiter.api.Test;

class EventContractsTest {

    private final EventJson json = EventJson.standard();

    @Test
    void everyRegisteredEventHasAGoldenSampleThatReadsIntoItsRecord() {
        assertThat(GoldenSamples.readAll(json))
                .hasSameSizeAs(json.catalog().typeIds())
                .allSatisfy((typeId, payload) ->
                        assertThat(json.catalog().typeIdOf(payload.getClass())).isEqualTo(typeId));
    }

    @Test
    void everySampleSurvivesARoundTripUnchanged() {
        GoldenSamples.readAll(json).forEach((typeId, payload) ->
                assertThat(GoldenSamples.matches(json, payload)).as(typeId.toString()).isTrue());
    }

    @Test
    void aPayloadThatDiffersFromItsSampleDoesNotMatch() {
        WorkOrderReceived sample = GoldenSamples.read(json, WorkOrderReceived.class);
        WorkOrderReceived changed = new WorkOrderReceived(sample.workOrderId(), sample.orderNumber(),
                sample.callerName(), sample.callerPhone(), sample.content(), "complaint", sample.urgency(),
                sample.address(), sample.jurisdiction(), sample.receivedAt());

        assertThat(GoldenSamples.matches(json, changed)).isFalse();
    }

    @Test
    void unknownFieldsAreIgnoredSoAdditiveChangesNeverBreakAConsumer() {
        String withNewField = GoldenSamples.json(new EventTypeId("work-order.received", 1))
                .replaceFirst("\\{", "{ \"addedInALaterRelease\" : {\"x\": 1},");

        WorkOrderReceived read = (WorkOrderReceived) json.read(new EventTypeId("work-order.received", 1), withNewField);

        assertThat(read.orderNumber()).isEqualTo("ZJ12345-20261122-000173");
        assertThat(read.receivedAt()).isEqualTo(Instant.parse("2026-11-22T02:15:30Z"));
    }

    @Test
    void theWireTypeIsTheLogicalNameNeverTheClassName() {
        assertThat(EventTypeId.of(WorkOrderReceived.class).toString()).isEqualTo("work-order.received.v1");
        assertThat(json.write(GoldenSamples.read(json, WorkOrderReceived.class))).doesNotContain("org.fengqiao");
    }

    @Test
    void anUnknownTypeOrABrokenPayloadIsUnreadable() {
        assertThatThrownBy(() -> json.read(new EventTypeId("no-such.event", 1), "{}"))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> json.read(new EventTypeId("work-order.received", 1), "{not json"))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> json.read(new EventTypeId("work-order.received", 1), "{\"receivedAt\": \"yesterday\"}"))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void everyEventNamesTheTopicItIsPublishedOn() {
        assertThat(json.catalog().topicOf(new EventTypeId("work-order.received", 1))).isEqualTo(Topics.PETITION);
        assertThat(json.catalog().typeIds()).allSatisfy(typeId ->
                assertThat(Topics.all()).contains(json.catalog().topicOf(typeId)));
    }

    @Test
    void anEventOnAnUnknownTopicIsRejectedWhenTheCatalogIsBuilt() {
        assertThatThrownBy(() -> new EventCatalog(List.of(OnAStrayTopic.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stray.events.v1");
    }

    @EventType(value = "stray.happened", topic = "stray.events.v1")
    record OnAStrayTopic(String id) {
    }

    @Test
    void everyWorkOrderChangeCarriesTheFieldsCallbacksAreBuiltFrom() {
        List<EventTypeId> changes = json.catalog().typeIds().stream()
                .filter(typeId -> typeId.type().startsWith("work-order."))
                .filter(typeId -> !typeId.type().equals("work-order.received"))
                .toList();

        assertThat(changes).hasSize(10);
        assertThat(changes).allSatisfy(typeId -> {
            Class<?> record = json.catalog().payloadClass(typeId).orElseThrow();
            Map<String, Class<?>> fields = Arrays.stream(record.getRecordComponents())
                    .collect(Collectors.toMap(component -> component.getName(), component -> component.getType()));
            assertThat(fields).as(typeId.toString()).containsEntry("workOrderId", String.class)
                    .containsEntry("orderNumber", String.class).containsEntry("state", String.class)
                    .containsEntry("holder", String.class).containsEntry("jurisdiction", String.class)
                    .containsEntry("at", Instant.class);
            assertThat(json.parse(GoldenSamples.json(typeId)).get("state").asString()).as(typeId.toString())
                    .matches("[a-z]+");
        });
    }

    @Test
    void everyPetitionChangeCarriesTheCommonFieldsAndNeverAnIdCardNumber() {
        List<EventTypeId> petitionEvents = json.catalog().typeIds().stream()
                .filter(typeId -> typeId.type().startsWith("petition."))
                .toList();

        assertThat(petitionEvents).hasSize(20);
        assertThat(petitionEvents).allSatisfy(typeId -> {
            Class<?> record = json.catalog().payloadClass(typeId).orElseThrow();
            Map<String, Class<?>> fields = Arrays.stream(record.getRecordComponents())
                    .collect(Collectors.toMap(component -> component.getName(), component -> component.getType()));
            assertThat(fields).as(typeId.toString()).containsEntry("petitionId", String.class)
                    .containsEntry("petitionNumber", String.class).containsEntry("state", String.class)
                    .containsEntry("holder", String.class).containsEntry("jurisdiction", String.class)
                    .containsEntry("at", Instant.class).containsEntry("by", String.class);
            assertThat(fields.keySet()).as(typeId.toString())
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("idcard")
                            || name.toLowerCase(java.util.Locale.ROOT).contains("idnumber"));
            assertThat(json.parse(GoldenSamples.json(typeId)).get("state").asString()).as(typeId.toString())
                    .matches("[a-z_]+");
        });
    }

    @Test
    void topicsAndDeadLettersFollowTheNamingScheme() {
        assertThat(Topics.all()).allMatch(topic -> topic.matches("[a-z]+\\.events\\.v\\d+"));
        assertThat(Topics.deadLetter(Topics.PETITION)).isEqualTo("petition.events.v1.dlt");
    }
}

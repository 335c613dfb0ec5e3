package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.Topics;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.grid.GridIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@GridIT
class CaseReferenceIT {

    private static final EventJson JSON = EventJson.standard();

    @Autowired
    WebTestClient web;

    private final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();
    private RecordingConsumer deadLetters;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void watchDeadLetters() {
        deadLetters = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(),
                Topics.deadLetter(Topics.MEDIATION));
    }

    @AfterEach
    void close() {
        publisher.close();
        deadLetters.close();
    }

    @Test
    void theWorkerSeesTheDisputeTheirReportOpenedOnceEvenWhenTheEventIsRedelivered() {
        String reportId = submitted(run + "-sign");
        String disputeId = disputeId();
        DisputeOpened opened = opened(disputeId, "field-report:" + reportId);
        UUID eventId = UUID.randomUUID();
        // One key for every record keeps them on one partition: the marker is handled after the others.
        String key = disputeId;

        publish(key, opened, eventId);
        publish(key, opened, eventId);
        // A second dispute claiming the same report (which mediation-service never does) does not replace it.
        publish(key, opened(disputeId(), "field-report:" + reportId), UUID.randomUUID());
        String marker = submitted(run + "-marker");
        publish(key, opened(disputeId(), "field-report:" + marker), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> caseReference(marker) != null);
        JsonNode report = read(reportId);
        assertThat(caseReference(reportId)).isEqualTo("dispute:" + disputeId);
        assertThat(report.get("status").asString()).isEqualTo("forwarded");
    }

    @Test
    void aDisputeForAnUnknownReportAndOtherMediationEventsChangeNothingAndAreNotDeadLettered() {
        String key = disputeId();
        String unknownReport = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String unrelated = submitted(run + "-unrelated");

        publish(key, opened(key, "field-report:" + unknownReport), UUID.randomUUID());
        publish(key, opened(key, "walk-in:" + run), UUID.randomUUID());
        // Not ours to read: skipped by its type, so even a payload this listener could not parse is no poison.
        publisher.publishRaw(Topics.MEDIATION, new EventTypeId("dispute.concluded", 1), key, DemoDivisions.FENGYUAN,
                UUID.randomUUID(), "not the payload of a dispute we care about");
        String marker = submitted(run + "-marker");
        publish(key, opened(disputeId(), "field-report:" + marker), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> caseReference(marker) != null);
        assertThat(caseReference(unrelated)).isNull();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> deadLetters.withKey(key).isEmpty());
    }

    private static DisputeOpened opened(String disputeId, String sourceReference) {
        DisputeOpened sample = GoldenSamples.read(JSON, DisputeOpened.class);
        return new DisputeOpened(disputeId, sample.source(), sourceReference, sample.type(), sample.summary(),
                sample.jurisdiction(), sample.tier(), sample.handlingUnit(), sample.state(), sample.riskGrade(),
                sample.riskReasons(), sample.peopleInvolved(), sample.amount(), sample.clockDueAt(), Instant.now());
    }

    private static String disputeId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private void publish(String key, DisputeOpened opened, UUID eventId) {
        publisher.publish(opened, key, DemoDivisions.FENGYUAN, eventId);
    }

    private String submitted(String clientId) {
        String json = """
                {"clientReportId":"%s","type":"dispute_sign","title":"两户村民因宅基地边界争吵",\
                "description":"3组陈某与邻居王某因宅基地界址争执","gridCode":"%s","latitude":29.7152,\
                "longitude":120.4231,"occurredAt":"%s","urgency":"normal","peopleInvolved":2,\
                "handledOnSpot":false}""".formatted(clientId, DemoDivisions.FENGYUAN_GRID_1,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        return web.post().uri("/api/field-reports")
                .headers(headers -> headers.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private String caseReference(String id) {
        JsonNode reference = read(id).path("caseReference");
        return reference.isString() ? reference.asString() : null;
    }

    private JsonNode read(String id) {
        return web.get().uri("/api/field-reports/{id}", id)
                .headers(headers -> headers.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}

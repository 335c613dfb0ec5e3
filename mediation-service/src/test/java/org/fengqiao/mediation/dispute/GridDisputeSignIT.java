package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.mediation.MediationIT;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@MediationIT
class GridDisputeSignIT {

    private static final EventJson JSON = EventJson.standard();

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers()),
            new StringSerializer(), new StringSerializer());
    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.MEDIATION);
    }

    @AfterEach
    void close() {
        producer.close();
        events.close();
    }

    @Test
    void aDisputeSignDeliveredTwiceOpensOneDisputeAtTheVillage() {
        FieldReportSubmitted report = report("dispute_sign", false, 3);
        UUID eventId = UUID.randomUUID();
        UUID republishedId = UUID.randomUUID();

        publish(report, eventId);
        publish(report, eventId);
        publish(report, republishedId);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(eventId) && processed(republishedId));
        assertThat(disputesFrom(report)).isEqualTo(1);
        JsonNode dispute = onlyDisputeOf(report);
        assertThat(dispute.get("tier").asString()).isEqualTo("village");
        assertThat(dispute.get("jurisdiction").asString()).isEqualTo(DemoDivisions.FENGYUAN);
        assertThat(dispute.get("handlingUnit").asString()).isEqualTo(DemoDivisions.FENGYUAN);
        assertThat(dispute.get("state").asString()).isEqualTo("accepted");
        assertThat(dispute.get("source").asString()).isEqualTo("grid_report");
        assertThat(dispute.get("summary").asString()).isEqualTo(report.title());
        assertThat(dispute.get("openedBy").asString()).isEqualTo("gridworker-fengyuan");

        String id = dispute.get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.withKey(id).isEmpty());
        ConsumerRecord<String, String> opened = events.withKey(id).get(0);
        assertThat(RecordingConsumer.header(opened, EventHeaders.EVENT_TYPE)).isEqualTo("dispute.opened");
        DisputeOpened payload = (DisputeOpened) JSON.read(new EventTypeId("dispute.opened", 1), opened.value());
        assertThat(payload.sourceReference()).isEqualTo("field-report:" + report.reportId());
        assertThat(payload.tier()).isEqualTo("village");
    }

    @Test
    void signsSettledOnTheSpotAndOtherReportTypesOpenNothing() {
        FieldReportSubmitted settled = report("dispute_sign", true, 2);
        FieldReportSubmitted hazard = report("safety_hazard", false, 2);
        UUID settledId = UUID.randomUUID();
        UUID hazardId = UUID.randomUUID();
        FieldReportSubmitted marker = report("dispute_sign", false, 2);
        // One record key for all three keeps them on one partition, so the marker is handled after the others.
        publish(settled, settledId, marker.reportId());
        publish(hazard, hazardId, marker.reportId());
        publish(marker, UUID.randomUUID(), marker.reportId());

        await().atMost(Duration.ofSeconds(20)).until(() -> disputesFrom(marker) == 1);
        assertThat(disputesFrom(settled)).isZero();
        assertThat(disputesFrom(hazard)).isZero();
    }

    @Test
    void aCollectiveUrgentSignIsGradedWithItsReasons() {
        FieldReportSubmitted report = report("dispute_sign", false, 12);
        publish(report, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> disputesFrom(report) == 1);
        JsonNode risk = onlyDisputeOf(report).get("risk");
        assertThat(risk.get("grade").asInt()).isEqualTo(4);
        assertThat(risk.get("reasons").get(0).asString()).contains("涉及 12 人");
    }

    @Test
    void aGridOpenedDisputeIsMediatedOnlyOnceItsPartiesHaveRoles() {
        FieldReportSubmitted report = report("dispute_sign", false, 2);
        publish(report, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> disputesFrom(report) == 1);
        String id = onlyDisputeOf(report).get("id").asString();
        String mediator = TestTokens.mediatorOf(DemoDivisions.FENGYUAN);
        String session = """
                {"kind":"peoples","scheduledAt":"2026-12-01T01:00:00Z","place":"枫源村调委会","mediators":["枫源村调解员"]}""";
        String parties = """
                {"parties":[{"name":"陈某","role":"applicant","phone":"13905751234"},{"name":"王某","role":"%s"}]}""";

        send(web.post(), "/api/disputes/{id}/sessions", id, mediator, session).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("当事人尚未分类"));
        send(web.put(), "/api/disputes/{id}/parties", id, mediator, parties.formatted("third_party"))
                .expectStatus().isBadRequest();
        send(web.put(), "/api/disputes/{id}/parties", id, mediator, parties.formatted("judge"))
                .expectStatus().isBadRequest();
        send(web.put(), "/api/disputes/{id}/parties", id, TestTokens.mediatorOf(DemoDivisions.CHENJIA),
                parties.formatted("respondent")).expectStatus().isNotFound();
        assertThat(onlyDisputeOf(report).get("parties")).isEmpty();

        JsonNode classified = send(web.put(), "/api/disputes/{id}/parties", id, mediator,
                parties.formatted("respondent")).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(classified.get("parties").get(1).get("role").asString()).isEqualTo("respondent");
        JsonNode timeline = classified.get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("action").asString()).isEqualTo("parties_classified");
        assertThat(timeline.get(timeline.size() - 1).get("by").asString()).isEqualTo("mediator-fengyuan");
        send(web.post(), "/api/disputes/{id}/sessions", id, mediator, session).expectStatus().isCreated()
                .expectBody().jsonPath("$.state").isEqualTo("mediating");
    }

    private WebTestClient.ResponseSpec send(WebTestClient.RequestBodyUriSpec method, String uri, String id,
                                            String token, String json) {
        return method.uri(uri, id).headers(h -> h.setBearerAuth(token))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private FieldReportSubmitted report(String type, boolean handledOnSpot, int people) {
        FieldReportSubmitted sample = GoldenSamples.read(JSON, FieldReportSubmitted.class);
        return new FieldReportSubmitted(UUID.randomUUID().toString().replace("-", "").substring(0, 24),
                UUID.randomUUID().toString(), type, sample.title(), sample.description(), sample.gridCode(),
                sample.jurisdiction(), sample.latitude(), sample.longitude(), sample.occurredAt(),
                people > 10 ? "urgent" : sample.urgency(), people, sample.reporter(), sample.reporterName(),
                handledOnSpot, handledOnSpot ? "当场劝解，双方和好" : null, Instant.now());
    }

    private void publish(FieldReportSubmitted report, UUID eventId) {
        publish(report, eventId, report.reportId());
    }

    private void publish(FieldReportSubmitted report, UUID eventId, String key) {
        EventMetadata metadata = new EventMetadata(eventId, new EventTypeId("field-report.submitted", 1),
                report.submittedAt(), report.jurisdiction(), null);
        producer.send(EventRecords.record(Topics.GRID, key, metadata, JSON.write(report)));
        producer.flush();
    }

    private boolean processed(UUID eventId) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("_id").is("mediation-service:" + eventId)),
                ProcessedEvents.COLLECTION).block());
    }

    private long disputesFrom(FieldReportSubmitted report) {
        return mongo.count(Query.query(Criteria.where("sourceReference").is("field-report:" + report.reportId())),
                Dispute.COLLECTION).block();
    }

    private JsonNode onlyDisputeOf(FieldReportSubmitted report) {
        JsonNode list = web.get().uri("/api/disputes?size=100")
                .headers(h -> h.setBearerAuth(TestTokens.mediatorOf(DemoDivisions.FENGYUAN))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode dispute : list) {
            if (("field-report:" + report.reportId()).equals(dispute.get("sourceReference").asString())) {
                return dispute;
            }
        }
        throw new AssertionError("no dispute from report " + report.reportId());
    }
}

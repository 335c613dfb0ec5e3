package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.Topics;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.petition.PetitionIT;
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

/** 重办 from survey-service: a substantive dissatisfaction at the return visit sends a reviewed order back once. */
@PetitionIT
class ReturnVisitRedoIT {

    private static final EventJson JSON = EventJson.standard();
    private static final String ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"枫源村村口路灯连续一周不亮，夜间通行不安全。","category":"help","urgency":"normal",
             "address":"诸暨市枫桥镇枫源村村口"}""";

    @Autowired
    WebTestClient web;

    private final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();
    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION,
                Topics.deadLetter(Topics.SURVEY));
    }

    @AfterEach
    void close() {
        events.close();
        publisher.close();
    }

    @Test
    void aDissatisfactionDeliveredTwiceReopensTheReviewedOrderOnceAndALaterOneIsSkipped() {
        String id = reviewedOrder();
        String marker = reviewedOrder();
        // One key for every record: they share a partition, so the marker is handled after the others.
        String key = "work-order:" + id + ":" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish(key, dissatisfied(id, "路灯修好两天又不亮了"), eventId);
        publish(key, dissatisfied(id, "路灯修好两天又不亮了"), eventId);
        publish(key, dissatisfied(id, "又打来一次"), UUID.randomUUID());
        publish(key, dissatisfied(marker, null), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).until(() -> "handling".equals(read(marker).get("state").asString()));
        JsonNode order = read(id);
        assertThat(order.get("state").asString()).isEqualTo("handling");
        assertThat(order.get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(order.get("reopenCount").asInt()).isEqualTo(1);
        JsonNode timeline = web.get().uri("/api/work-orders/{id}/timeline", id)
                .headers(h -> h.setBearerAuth(TestTokens.countyDispatcher())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("reopened");
        assertThat(last.get("note").asString()).isEqualTo("回访不满意（实质性）：路灯修好两天又不亮了");

        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(marker).stream()
                .anyMatch(record -> "work-order.reopened".equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))));
        assertThat(events.withKey(id)).filteredOn(record ->
                        "work-order.reopened".equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)))
                .hasSize(1);
        assertThat(events.records(Topics.deadLetter(Topics.SURVEY))).noneMatch(record -> key.equals(record.key()));
    }

    private String reviewedOrder() {
        String dispatcher = TestTokens.countyDispatcher();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        String id = web.post().uri("/api/work-orders").headers(h -> h.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ORDER.formatted("ZJ-REDO-" + UUID.randomUUID().toString().substring(0, 8)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        ok(act(id, "dispatch", dispatcher, "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\"}"));
        ok(act(id, "claim", fengqiao, null));
        ok(act(id, "reply", fengqiao, "{\"reply\":\"已联系供电所更换线路，路灯恢复照明。\"}"));
        assertThat(ok(act(id, "review", dispatcher, "{\"approved\":true}")).get("state").asString())
                .isEqualTo("reviewed");
        return id;
    }

    private ReturnVisitDissatisfied dissatisfied(String workOrderId, String comment) {
        JsonNode order = read(workOrderId);
        return new ReturnVisitDissatisfied("work-order:" + workOrderId + ":" + UUID.randomUUID(), "work-order",
                workOrderId, order.get("orderNumber").asString(), DemoDivisions.COUNTY, comment,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private void publish(String key, ReturnVisitDissatisfied visit, UUID eventId) {
        publisher.publish(visit, key, visit.jurisdiction(), eventId);
    }

    private JsonNode read(String id) {
        return ok(web.get().uri("/api/work-orders/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.countyDispatcher())).exchange());
    }

    private WebTestClient.ResponseSpec act(String id, String action, String token, String json) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/work-orders/{id}/" + action, id)
                .headers(h -> h.setBearerAuth(token));
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static JsonNode ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}

package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.FieldReportEscalated;
import org.fengqiao.grid.GridIT;
import org.fengqiao.grid.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
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
class TownshipQueueIT {

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    TownshipQueue queue;

    private RecordingConsumer events;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.GRID);
    }

    @AfterEach
    void resetClockAndStopListening() {
        clock.reset();
        events.close();
    }

    @Test
    void anUrgentHazardNotHandledInTimeEscalatesOnceToTheCounty() {
        JsonNode filed = file(run + "-late", "urgent");
        String id = filed.get("id").asString();
        assertThat(filed.get("status").asString()).isEqualTo("queued");
        assertThat(Instant.parse(filed.get("dueAt").asString()))
                .isEqualTo(Instant.parse(filed.get("submittedAt").asString()).plus(Duration.ofHours(4)));
        queue.escalateOverdue().block();
        read(id, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)).expectBody().jsonPath("$.status").isEqualTo("queued");

        clock.advance(Duration.ofHours(5));
        queue.escalateOverdue().block();
        queue.escalateOverdue().block();

        read(id, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("escalated").jsonPath("$.escalatedAt").exists();
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations(id).size() == 1);
        FieldReportEscalated event = (FieldReportEscalated) EventJson.standard()
                .read(new EventTypeId("field-report.escalated", 1), escalations(id).get(0).value());
        assertThat(event.escalatedTo()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(event.township()).isEqualTo(DemoDivisions.FENGQIAO);
        String marker = file(run + "-marker", "normal").get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.withKey(marker).isEmpty());
        assertThat(escalations(id)).hasSize(1);

        // Still the township's to handle after escalation; the worker sees the result.
        handle(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO), "已设置警示标志并清理落石").expectStatus().isOk();
        read(id, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)).expectBody()
                .jsonPath("$.status").isEqualTo("handled")
                .jsonPath("$.handling.result").isEqualTo("已设置警示标志并清理落石")
                .jsonPath("$.handling.handledByName").isEqualTo("枫桥镇信访办");
    }

    @Test
    void aHazardHandledInTimeNeverEscalatesAndOnlyItsTownshipHandlesIt() {
        String id = file(run + "-ontime", "normal").get("id").asString();

        handle(id, TestTokens.handlerOf(DemoDivisions.ZHAOJIA), "越权处置").expectStatus().isNotFound();
        handle(id, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), "自己处置").expectStatus().isForbidden();
        handle(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO), "").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        handle(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO), "已协调村里修复护栏").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("handled");
        handle(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO), "再处置一次").expectStatus().isEqualTo(409);

        clock.advance(Duration.ofDays(4));
        queue.escalateOverdue().block();

        read(id, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)).expectBody().jsonPath("$.status").isEqualTo("handled");
        String marker = file(run + "-marker", "normal").get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.withKey(marker).isEmpty());
        assertThat(escalations(id)).isEmpty();
    }

    private JsonNode file(String clientId, String urgency) {
        String json = """
                {"clientReportId":"%s","type":"safety_hazard","title":"村道边坡有落石风险","description":"雨后边坡松动，有落石。",
                 "gridCode":"%s","occurredAt":"%s","urgency":"%s"}""".formatted(clientId, DemoDivisions.FENGYUAN_GRID_1,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), urgency);
        return web.post().uri("/api/field-reports")
                .headers(h -> h.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec handle(String id, String token, String result) {
        return web.post().uri("/api/field-reports/{id}/handling", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"result\":\"" + result + "\"}").exchange();
    }

    private WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/field-reports/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private List<ConsumerRecord<String, String>> escalations(String id) {
        return events.withKey(id).stream()
                .filter(record -> "field-report.escalated".equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)))
                .toList();
    }
}

package org.fengqiao.grid.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.GridPatrolOverdue;
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
class PatrolIT {

    private static final String GRID = DemoDivisions.XUANJIASHAN + "02";

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    Patrols patrols;

    private RecordingConsumer events;
    private final String worker = TestTokens.gridWorkerOf(DemoDivisions.XUANJIASHAN);

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
    void aWorkerLogsAPatrolWithGpsPointsAndVisits() {
        String id = start(worker, GRID).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("id").asString();
        post("/api/patrols/" + id + "/points", worker, """
                {"points":[{"latitude":29.77,"longitude":120.485,"at":"%s"},{"latitude":29.771,"longitude":120.486,"at":"%s"}]}"""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .expectStatus().isOk().expectBody().jsonPath("$.points").isEqualTo(2);
        post("/api/patrols/" + id + "/points", TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN),
                "{\"points\":[{\"latitude\":29.77,\"longitude\":120.485,\"at\":\"2026-11-22T00:00:00Z\"}]}")
                .expectStatus().isNotFound();
        post("/api/patrols/" + id + "/points", worker, "{\"points\":[{\"latitude\":99,\"longitude\":120.485}]}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/patrols/" + id + "/end", worker, """
                {"notes":"巡查村道与河塘，未见异常","visits":[{"household":"宣家山村5组王家","note":"独居老人，身体尚好"}]}""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.endedAt").exists().jsonPath("$.visits[0].household").isEqualTo("宣家山村5组王家");
        post("/api/patrols/" + id + "/end", worker, "{}").expectStatus().isEqualTo(409);

        web.get().uri("/api/patrols/{id}", id).headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.ZHAOJIA)))
                .exchange().expectStatus().isOk();
        web.get().uri("/api/patrols/{id}", id).headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO)))
                .exchange().expectStatus().isNotFound();
        start(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), GRID).expectStatus().isForbidden();
    }

    @Test
    void aResentStartWithTheSameClientIdAnswersTheSamePatrol() {
        String body = "{\"gridCode\":\"" + GRID + "\",\"clientPatrolId\":\"patrol-it-resend-1\"}";
        String id = post("/api/patrols", worker, body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        post("/api/patrols/" + id + "/points", worker,
                "{\"points\":[{\"latitude\":29.77,\"longitude\":120.485,\"at\":\"2026-11-22T00:00:00Z\"}]}")
                .expectStatus().isOk();

        post("/api/patrols", worker, body).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.points").isEqualTo(1);
        post("/api/patrols", worker, body).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);
        // Another worker's phone may well generate the same id: it is their own patrol.
        String neighbour = TestTokens.token("gridworker-it-neighbour", "宣家山村网格员乙", DemoDivisions.XUANJIASHAN,
                org.fengqiao.platform.security.Role.GRID_WORKER);
        post("/api/patrols", neighbour, body).expectStatus().isCreated()
                .expectBody().jsonPath("$.id").value(other -> assertThat(other).isNotEqualTo(id));
        post("/api/patrols", worker, "{\"gridCode\":\"" + GRID + "\",\"clientPatrolId\":\"含空格 的编号\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("clientPatrolId");
    }

    @Test
    void aGridWithoutAPatrolForSevenDaysIsRaisedOncePerLapse() {
        patrol(GRID);
        patrols.raiseOverdue().block();

        clock.advance(Duration.ofDays(8));
        patrols.raiseOverdue().block();
        patrols.raiseOverdue().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> overdue(GRID).size() == 1);
        GridPatrolOverdue event = (GridPatrolOverdue) EventJson.standard()
                .read(new EventTypeId("grid.patrol-overdue", 1), overdue(GRID).get(0).value());
        assertThat(event.thresholdDays()).isEqualTo(7);
        assertThat(event.lastPatrolAt()).isNotNull();
        assertThat(event.jurisdiction()).isEqualTo(DemoDivisions.XUANJIASHAN);

        patrol(GRID);
        patrols.raiseOverdue().block();
        assertThat(overdue(GRID)).hasSize(1);
        clock.advance(Duration.ofDays(8));
        patrols.raiseOverdue().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> overdue(GRID).size() == 2);
        patrols.raiseOverdue().block();
        String other = DemoDivisions.DONGXI + "01";
        await().atMost(Duration.ofSeconds(20)).until(() -> !overdue(other).isEmpty());
        assertThat(overdue(GRID)).hasSize(2);
        assertThat(overdue(other)).hasSize(1);
    }

    private void patrol(String grid) {
        String id = start(worker, grid).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("id").asString();
        post("/api/patrols/" + id + "/end", worker, "{\"notes\":\"例行巡查\"}").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec start(String token, String grid) {
        return post("/api/patrols", token, "{\"gridCode\":\"" + grid + "\"}");
    }

    private WebTestClient.ResponseSpec post(String path, String token, String json) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    private List<ConsumerRecord<String, String>> overdue(String grid) {
        return events.withKey(grid).stream()
                .filter(record -> "grid.patrol-overdue".equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)))
                .toList();
    }
}

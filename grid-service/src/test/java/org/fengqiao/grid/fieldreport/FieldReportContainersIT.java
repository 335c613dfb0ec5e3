package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.fengqiao.platform.testkit.ContainerPlatform;
import org.fengqiao.platform.testkit.OnRealContainers;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * A grid worker's report on a real MongoDB replica set and a real Kafka broker in containers: stored once per
 * client id, {@code field-report.submitted} once. Skipped cleanly where there is no Docker engine (as in CI);
 * {@link FieldReportIT} covers the same on the embedded broker and store everywhere.
 */
@OnRealContainers
class FieldReportContainersIT {

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        ContainerPlatform.register(registry, "grid");
    }

    @Autowired
    WebTestClient web;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(ContainerPlatform.kafkaBootstrapServers(), Topics.GRID);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aReportSentTwiceIsStoredOnceAndAnnouncedOnce() {
        String body = """
                {"clientReportId":"%s","type":"safety_hazard","title":"村口电线老化",
                 "description":"巡查发现村口电线老化。","gridCode":"%s","occurredAt":"%s","urgency":"normal",
                 "peopleInvolved":0}""".formatted(UUID.randomUUID(), DemoDivisions.FENGYUAN_GRID_1,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        String worker = TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN);
        String id = submit(worker, body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        submit(worker, body).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);

        await().atMost(Duration.ofSeconds(30)).until(() -> !events.withKey(id).isEmpty());
        assertThat(RecordingConsumer.header(events.withKey(id).get(0), EventHeaders.EVENT_TYPE))
                .isEqualTo("field-report.submitted");
        web.get().uri("/api/field-reports/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.CHENJIA))).exchange()
                .expectStatus().isNotFound();
        assertThat(events.withKey(id)).hasSize(1);
    }

    private WebTestClient.ResponseSpec submit(String token, String body) {
        return web.post().uri("/api/field-reports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}

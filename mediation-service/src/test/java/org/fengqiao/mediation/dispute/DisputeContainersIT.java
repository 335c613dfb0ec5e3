package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * Opening a dispute on a real MongoDB replica set and a real Kafka broker in containers: one dispute per walk-in
 * reference, {@code dispute.opened} once, invisible to a sibling village. Skipped cleanly where there is no Docker
 * engine (as in CI); {@link DisputeMediationIT} and the other {@code @MediationIT}s cover the same on the embedded
 * broker and store everywhere.
 */
@OnRealContainers
class DisputeContainersIT {

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        ContainerPlatform.register(registry, "mediation");
    }

    @Autowired
    WebTestClient web;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(ContainerPlatform.kafkaBootstrapServers(), Topics.MEDIATION);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aWalkInOpensOneDisputeAnnouncedOnceAndHiddenFromASiblingVillage() {
        String body = """
                {"source":"walk_in","reference":"%s","type":"neighbour","summary":"邻里排水纠纷",
                 "parties":[{"name":"张三","role":"applicant"},{"name":"李四","role":"respondent"}],
                 "peopleInvolved":2,"address":"枫源村","jurisdiction":"%s"}"""
                .formatted(UUID.randomUUID(), DemoDivisions.FENGYUAN);
        String mediator = TestTokens.mediatorOf(DemoDivisions.FENGYUAN);
        JsonNode opened = open(mediator, body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = opened.get("id").asString();
        JsonNode again = open(mediator, body).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(again.get("id").asString()).isEqualTo(id);

        await().atMost(Duration.ofSeconds(30)).until(() -> !events.withKey(id).isEmpty());
        assertThat(RecordingConsumer.header(events.withKey(id).get(0), EventHeaders.EVENT_TYPE))
                .isEqualTo("dispute.opened");
        web.get().uri("/api/disputes/{id}", id)
                .headers(h -> h.setBearerAuth(TestTokens.mediatorOf(DemoDivisions.CHENJIA))).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(events.withKey(id)).hasSize(1);
    }

    private WebTestClient.ResponseSpec open(String token, String body) {
        return web.post().uri("/api/disputes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}

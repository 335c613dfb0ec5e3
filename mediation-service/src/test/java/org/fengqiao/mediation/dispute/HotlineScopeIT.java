package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.fengqiao.mediation.MediationIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The 12345 system's county-wide jurisdiction is no licence to read every dispute: it sees the disputes it opened
 * (found by the end-to-end access matrix, where it read a village's parties and phone numbers).
 */
@MediationIT
class HotlineScopeIT {

    @Autowired
    WebTestClient web;

    @Test
    void theHotlineReadsTheDisputeItOpenedAndNoOther() {
        String byHotline = open(TestTokens.hotline(), "hotline", DemoDivisions.COUNTY);
        String byMediator = open(TestTokens.mediatorOf(DemoDivisions.FENGYUAN), "walk_in", DemoDivisions.FENGYUAN);

        read(byHotline).expectStatus().isOk();
        read(byMediator).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode listed = web.get().uri("/api/disputes?size=100").headers(h -> h.setBearerAuth(TestTokens.hotline()))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(listed).isNotEmpty().allSatisfy(dispute ->
                assertThat(dispute.get("openedBy").asString()).isEqualTo("hotline-12345"));
        web.get().uri("/api/disputes/{id}", byMediator)
                .headers(h -> h.setBearerAuth(TestTokens.countyDispatcher())).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec read(String id) {
        return web.get().uri("/api/disputes/{id}", id).headers(h -> h.setBearerAuth(TestTokens.hotline())).exchange();
    }

    private String open(String token, String source, String place) {
        return web.post().uri("/api/disputes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"source":"%s","reference":"%s","type":"neighbour","summary":"邻里排水纠纷",
                         "parties":[{"name":"张三","role":"applicant","phone":"13905750001"},
                                    {"name":"李四","role":"respondent"}],
                         "peopleInvolved":2,"address":"枫源村","jurisdiction":"%s"}"""
                        .formatted(source, UUID.randomUUID(), place))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }
}

package org.fengqiao.mediation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.fengqiao.mediation.MediationIT;
import org.fengqiao.mediation.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@MediationIT
class ScreeningCampaignIT {

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;

    private final String township = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

    @Test
    void aCampaignFlagsTheVillageThatFiledNoReturnAndOpensTheDisputesFound() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        String id = create(township, campaign(today)).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        fileReturn(id, TestTokens.mediatorOf(DemoDivisions.FENGYUAN), "{\"zeroReport\":true,\"notes\":\"本月无纠纷\"}")
                .expectStatus().isOk();
        JsonNode afterChenjia = fileReturn(id, TestTokens.mediatorOf(DemoDivisions.CHENJIA), """
                {"zeroReport":false,"disputes":[{"type":"land","summary":"承包地边界纠纷","peopleInvolved":3,
                 "address":"陈家村2组"}]}""")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(status(afterChenjia, DemoDivisions.XINZE).get("status").asString()).isEqualTo("pending");
        String disputeId = status(afterChenjia, DemoDivisions.CHENJIA).get("disputeIds").get(0).asString();
        web.get().uri("/api/disputes/{id}", disputeId)
                .headers(h -> h.setBearerAuth(TestTokens.mediatorOf(DemoDivisions.CHENJIA))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.source").isEqualTo("screening")
                .jsonPath("$.tier").isEqualTo("village")
                .jsonPath("$.type").isEqualTo("land");

        clock.advance(Duration.ofDays(2));

        JsonNode summary = web.get().uri("/api/screenings/{id}", id).headers(h -> h.setBearerAuth(township))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(summary.get("dueDatePassed").asBoolean()).isTrue();
        assertThat(status(summary, DemoDivisions.XINZE).get("status").asString()).isEqualTo("missing");
        assertThat(status(summary, DemoDivisions.FENGYUAN).get("status").asString()).isEqualTo("zero_report");
        assertThat(status(summary, DemoDivisions.CHENJIA).get("status").asString()).isEqualTo("filed");
        assertThat(summary.get("totals").get("missing").asLong()).isEqualTo(1);
        assertThat(summary.get("totals").get("disputesFound").asLong()).isEqualTo(1);
    }

    @Test
    void mistakesAreProblemDetailsAndScopeIsEnforced() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        create(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), campaign(today)).expectStatus().isForbidden();
        create(TestTokens.mediatorOf(DemoDivisions.FENGYUAN), campaign(today)).expectStatus().isForbidden();
        create(township, campaign(today).replace("\"monthly\"", "\"weekly\"")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        create(township, campaign(today).replace(DemoDivisions.XINZE, DemoDivisions.SIZHAI)).expectStatus()
                .isForbidden();
        String id = create(township, campaign(today)).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        String fengyuan = TestTokens.mediatorOf(DemoDivisions.FENGYUAN);
        fileReturn(id, fengyuan, "{\"zeroReport\":true,\"disputes\":[{\"type\":\"land\",\"summary\":\"x\","
                + "\"peopleInvolved\":2}]}").expectStatus().isBadRequest();
        fileReturn(id, fengyuan, "{\"zeroReport\":false}").expectStatus().isBadRequest();
        fileReturn(id, TestTokens.mediatorOf(DemoDivisions.SIZHAI), "{\"zeroReport\":true}").expectStatus().isNotFound();
        fileReturn(id, fengyuan, "{\"zeroReport\":true}").expectStatus().isOk();
        fileReturn(id, fengyuan, "{\"zeroReport\":true}").expectStatus().isEqualTo(409);
        web.get().uri("/api/screenings/{id}", id).headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.ZHAOJIA)))
                .exchange().expectStatus().isNotFound();
    }

    private static String campaign(LocalDate today) {
        return """
                {"kind":"monthly","topic":"土地承包和邻里纠纷月度排查","jurisdiction":"%s","periodStart":"%s",
                 "periodEnd":"%s","returnsDue":"%s","units":["%s","%s","%s"]}""".formatted(DemoDivisions.FENGQIAO,
                today.minusDays(30), today, today, DemoDivisions.FENGYUAN, DemoDivisions.CHENJIA, DemoDivisions.XINZE);
    }

    private WebTestClient.ResponseSpec create(String token, String json) {
        return web.post().uri("/api/screenings").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec fileReturn(String id, String token, String json) {
        return web.post().uri("/api/screenings/{id}/returns", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static JsonNode status(JsonNode summary, String unit) {
        return summary.get("units").valueStream().filter(u -> unit.equals(u.get("unit").asString())).findFirst()
                .orElseThrow();
    }
}

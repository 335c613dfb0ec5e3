package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.fengqiao.mediation.MediationIT;
import org.fengqiao.mediation.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The meeting agenda and the KPIs on units no other IT touches (赵家镇, 上京村), so the data set is known. */
@MediationIT
class UnitReportsIT {

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;

    @Test
    void aTownshipsAgendaListsItsOpenDisputesByRiskAndThoseEscalatedToIt() {
        String township = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        String ordinary = open(DemoDivisions.ZHAOJIACUN, false);
        String volatileOne = open(DemoDivisions.XUANJIASHAN, true);
        String escalated = open(DemoDivisions.QUANFAN, false);
        act(escalated, TestTokens.mediatorOf(DemoDivisions.QUANFAN), "mediation", null).expectStatus().isOk();
        conclude(escalated, TestTokens.mediatorOf(DemoDivisions.QUANFAN), "failed", "当事人拒绝村级调解");
        String settled = open(DemoDivisions.ZHAOJIACUN, false);
        act(settled, township, "mediation", null).expectStatus().isOk();
        conclude(settled, township, "agreement", "和解");
        String elsewhere = open(DemoDivisions.CHENJIA, true);

        JsonNode agenda = get("/api/meetings/agenda", township).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(agenda.get("tier").asString()).isEqualTo("township");
        assertThat(ids(agenda.get("byRisk"))).containsExactly(volatileOne, ordinary, escalated)
                .doesNotContain(settled, elsewhere);
        assertThat(ids(agenda.get("escalatedIn"))).containsExactly(escalated);
        assertThat(agenda.get("escalatedIn").get(0).get("why").get(1).asString())
                .isEqualTo("由村级上报：村级调解不成：当事人拒绝村级调解");
        assertThat(ids(agenda.get("longUnresolved"))).isEmpty();
        get("/api/meetings/agenda?jurisdiction=" + DemoDivisions.ZHAOJIA,
                TestTokens.mediatorOf(DemoDivisions.ZHAOJIACUN)).expectStatus().isForbidden();
        get("/api/meetings/agenda?jurisdiction=33068110", township).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void kpisOfAVillageAreRightOnAKnownDataSet() {
        String village = TestTokens.mediatorOf(DemoDivisions.SHANGJING);
        String township = TestTokens.handlerOf(DemoDivisions.DONGBAIHU);
        open(DemoDivisions.SHANGJING, false);
        open(DemoDivisions.SHANGJING, false);
        String local = open(DemoDivisions.SHANGJING, false);
        act(local, village, "mediation", null).expectStatus().isOk();
        conclude(local, village, "agreement", "村调委会调解成功");
        String up = open(DemoDivisions.SHANGJING, false);
        conclude(up, village, "failed", "村级调解不成");
        act(up, township, "mediation", null).expectStatus().isOk();
        conclude(up, township, "agreement", "镇调处中心调解成功");
        String diverted = open(DemoDivisions.SHANGJING, false);
        act(diverted, village, "diversion", "{\"channel\":\"arbitration\",\"reason\":\"劳动争议，引导仲裁\"}")
                .expectStatus().isOk();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));

        JsonNode kpis = get("/api/disputes/kpis?from=%s&to=%s".formatted(today.minusDays(1), today.plusDays(1)),
                village).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(kpis.get("opened").asLong()).isEqualTo(5);
        assertThat(kpis.get("agreements").asLong()).isEqualTo(2);
        assertThat(kpis.get("diverted").asLong()).isEqualTo(1);
        assertThat(kpis.get("open").asLong()).isEqualTo(2);
        assertThat(kpis.get("backlog").asLong()).isEqualTo(2);
        assertThat(kpis.get("successRate").asDouble()).isEqualTo(1.0);
        assertThat(kpis.get("localResolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(kpis.get("averageDurationDays").asDouble()).isEqualTo(0.0);
        get("/api/disputes/kpis?from=%s&to=%s".formatted(today.minusDays(30), today.minusDays(10)), village)
                .expectStatus().isOk().expectBody().jsonPath("$.opened").isEqualTo(0)
                .jsonPath("$.successRate").isEmpty();
        get("/api/disputes/kpis?from=%s&to=%s".formatted(today, today.minusDays(1)), village).expectStatus().isBadRequest();
        get("/api/disputes/kpis?from=yesterday&to=%s".formatted(today), village).expectStatus().isBadRequest();
        get("/api/disputes/kpis?jurisdiction=%s&from=%s&to=%s".formatted(DemoDivisions.DONGBAIHU, today, today), village)
                .expectStatus().isForbidden();
    }

    private String open(String village, boolean massIncidentRisk) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"source":"hotline","type":"labour_wages","summary":"拖欠工资纠纷",
                 "parties":[{"name":"李%s","role":"applicant"},{"name":"某建筑公司%s","role":"respondent"}],
                 "peopleInvolved":2,"address":"村委会","jurisdiction":"%s","massIncidentRisk":%s}"""
                .formatted(suffix, suffix, village, massIncidentRisk);
        return web.post().uri("/api/disputes").headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private WebTestClient.ResponseSpec act(String id, String token, String action, String json) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/disputes/{id}/" + action, id)
                .headers(h -> h.setBearerAuth(token));
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private void conclude(String id, String token, String outcome, String summary) {
        act(id, token, "conclusion", "{\"outcome\":\"%s\",\"summary\":\"%s\"}".formatted(outcome, summary))
                .expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static List<String> ids(JsonNode items) {
        return items.valueStream().map(item -> item.get("disputeId").asString()).toList();
    }
}

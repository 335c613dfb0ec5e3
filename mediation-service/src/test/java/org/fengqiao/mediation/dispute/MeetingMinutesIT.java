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

/** 三级例会纪要: a township records the analysis and decision per agenda item and reads the minutes afterwards. */
@MediationIT
class MeetingMinutesIT {

    private static final String MINUTES = """
            {"heldAt":"2026-11-23T01:00:00Z","chair":"东白湖镇副镇长","attendees":["东白湖镇副镇长","镇综治办主任","东溪村调解员"],
             "items":[%s],"minutes":"研判东溪村两起纠纷，明确责任人和时限。"}""";

    @Autowired
    WebTestClient web;

    private final String township = TestTokens.handlerOf(DemoDivisions.DONGBAIHU);

    @Test
    void theMinutesKeepWhoAttendedAndTheDecisionPerDisputeAndCanBeReadAfterwards() {
        String first = opened();
        String second = opened();
        JsonNode agenda = get("/api/meetings/agenda", township).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(agenda.get("byRisk").valueStream().map(item -> item.get("disputeId").asString()))
                .contains(first, second);

        JsonNode recorded = post(township, MINUTES.formatted(item(first, "双方情绪稳定，分歧在赔偿金额", "由东溪村调委会 3 日内再次调解")
                + "," + item(second, "涉及宅基地确权", "移交镇国土所出具意见")))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/meetings/[0-9a-f]{24}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        String id = recorded.get("id").asString();
        JsonNode meeting = get("/api/meetings/" + id, TestTokens.countyLeader()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(meeting.get("jurisdiction").asString()).isEqualTo(DemoDivisions.DONGBAIHU);
        assertThat(meeting.get("tier").asString()).isEqualTo("township");
        assertThat(meeting.get("attendees").valueStream().map(JsonNode::asString))
                .containsExactly("东白湖镇副镇长", "镇综治办主任", "东溪村调解员");
        assertThat(meeting.get("items")).hasSize(2);
        assertThat(meeting.get("items").get(0).get("disputeId").asString()).isEqualTo(first);
        assertThat(meeting.get("items").get(0).get("summary").asString()).isEqualTo("宅基地边界纠纷");
        assertThat(meeting.get("items").get(0).get("state").asString()).isEqualTo("accepted");
        assertThat(meeting.get("items").get(0).get("decision").asString()).isEqualTo("由东溪村调委会 3 日内再次调解");
        assertThat(meeting.get("items").get(1).get("analysis").asString()).isEqualTo("涉及宅基地确权");
        assertThat(meeting.get("minutes").asString()).isEqualTo("研判东溪村两起纠纷，明确责任人和时限。");
        assertThat(meeting.get("recordedBy").asString()).isEqualTo("handler-dongbaihu");

        JsonNode list = get("/api/meetings", township).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.valueStream().map(node -> node.get("id").asString())).contains(id);
        get("/api/meetings/" + id, TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/meetings/" + id, TestTokens.mediatorOf(DemoDivisions.DONGXI)).expectStatus().isNotFound();
    }

    @Test
    void badMinutesAreProblemDetailsAndRecordNothing() {
        String mine = opened();
        String elsewhere = web.post().uri("/api/disputes").headers(h -> h.setBearerAuth(TestTokens.mediatorOf(
                        DemoDivisions.FENGYUAN))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(dispute(DemoDivisions.FENGYUAN)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        int before = get("/api/meetings?size=100", township).expectBody(JsonNode.class).returnResult()
                .getResponseBody().size();

        post(township, MINUTES.formatted(item(mine, "", "再次调解"))).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post(township, MINUTES.formatted(item(mine, "a", "b")).replace("\"attendees\":[\"东白湖镇副镇长\",\"镇综治办主任\",\"东溪村调解员\"]",
                "\"attendees\":[]")).expectStatus().isBadRequest();
        post(township, MINUTES.formatted(item(elsewhere, "外镇纠纷", "不应记录"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(elsewhere));
        post(township, MINUTES.formatted(item(mine, "a", "b") + "," + item(mine, "c", "d")))
                .expectStatus().isBadRequest();
        post(township, MINUTES.formatted(item("not-a-dispute", "a", "b"))).expectStatus().isBadRequest();
        post(township, MINUTES.formatted(item(mine, "a", "b")).replace("{\"heldAt\"",
                "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\",\"heldAt\"")).expectStatus().isForbidden();
        post(TestTokens.gridWorkerOf(DemoDivisions.DONGXI), MINUTES.formatted(item(mine, "a", "b")))
                .expectStatus().isForbidden();

        assertThat(get("/api/meetings?size=100", township).expectBody(JsonNode.class).returnResult()
                .getResponseBody().size()).isEqualTo(before);
    }

    private static String item(String disputeId, String analysis, String decision) {
        return "{\"disputeId\":\"%s\",\"analysis\":\"%s\",\"decision\":\"%s\"}".formatted(disputeId, analysis, decision);
    }

    private String opened() {
        return web.post().uri("/api/disputes").headers(h -> h.setBearerAuth(TestTokens.mediatorOf(DemoDivisions.DONGXI)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(dispute(DemoDivisions.DONGXI)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private static String dispute(String village) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return """
                {"source":"walk_in","type":"land","summary":"宅基地边界纠纷",
                 "parties":[{"name":"陈%s","role":"applicant"},{"name":"王%s","role":"respondent"}],
                 "peopleInvolved":2,"address":"村里","jurisdiction":"%s"}""".formatted(suffix, suffix, village);
    }

    private WebTestClient.ResponseSpec post(String token, String json) {
        return web.post().uri("/api/meetings").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec get(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }
}

package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.mediation.MediationIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The root README's "A mediator's flow", call by call with the same bodies and tokens. */
@MediationIT
class MediatorFlowIT {

    private static final String D = "/api/disputes";

    @Autowired
    WebTestClient web;

    private final String mediator = TestTokens.mediatorOf(DemoDivisions.FENGYUAN);
    private final String handler = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

    @Test
    void theReadmeFlowOpensMediatesAgreesReopensEscalatesDivertsAndMeets() {
        String opened = call(HttpMethod.POST, D, mediator, """
                {"source":"walk_in","type":"neighbour","summary":"邻里排水沟纠纷",
                  "parties":[{"name":"陈某","role":"applicant","phone":"13905751234"},{"name":"王某","role":"respondent"}],
                  "peopleInvolved":2,"amount":3000,"address":"枫源村3组","jurisdiction":"330681101201"}""")
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        // The README cuts the id out of the body with sed: it must come first.
        assertThat(opened).matches("^\\{\"id\":\"[0-9a-f]{24}\".*");
        String id = opened.substring(7, 31);
        String d = D + "/" + id;

        ok(call(HttpMethod.POST, d + "/sessions", mediator, """
                {"kind":"peoples","scheduledAt":"2026-11-23T01:00:00Z","place":"枫源村调委会","mediators":["枫源村调解员"]}""")
                .expectStatus().isCreated());
        assertThat(ok(call(HttpMethod.POST, d + "/sessions/1/record", mediator, """
                {"heldAt":"2026-11-23T01:30:00Z","attendees":["陈某","王某"],
                  "minutes":"双方陈述，调解员释法说理。","outcome":"agreement","summary":"王某疏通排水沟并赔偿",
                  "terms":[{"description":"王某疏通排水沟","responsibleParty":"王某","dueDate":"2026-11-30"},
                           {"description":"王某赔偿陈某 2000 元","responsibleParty":"王某","dueDate":"2026-12-10"}]}""")
                .expectStatus().isOk()).get("state").asString()).isEqualTo("agreement");
        ok(call(HttpMethod.POST, d + "/agreement/terms/1/performance", mediator, "{\"on\":\"2026-11-28\"}")
                .expectStatus().isOk());
        JsonNode reopened = ok(call(HttpMethod.POST, d + "/agreement/terms/2/breach", mediator,
                "{\"on\":\"2026-12-11\",\"reason\":\"王某到期未支付赔偿款\"}").expectStatus().isOk());
        assertThat(reopened.get("state").asString()).isEqualTo("mediating");
        ok(call(HttpMethod.POST, d + "/sessions", mediator, """
                {"kind":"peoples","scheduledAt":"2026-12-12T01:00:00Z","place":"枫源村调委会","mediators":["枫源村调解员"]}""")
                .expectStatus().isCreated());
        JsonNode escalated = ok(call(HttpMethod.POST, d + "/sessions/2/record", mediator, """
                {"heldAt":"2026-12-12T01:30:00Z","attendees":["陈某","王某"],
                  "minutes":"王某拒绝支付。","outcome":"failed","summary":"双方分歧较大"}""").expectStatus().isOk());
        assertThat(escalated.get("tier").asString()).isEqualTo("township");
        call(HttpMethod.POST, d + "/diversion", mediator, "{\"channel\":\"petition\",\"reason\":\"x\"}")
                .expectStatus().isForbidden();
        JsonNode diverted = ok(call(HttpMethod.POST, d + "/diversion", handler,
                "{\"channel\":\"petition\",\"reason\":\"涉及征地补偿政策，转信访渠道\"}").expectStatus().isOk());
        assertThat(diverted.get("state").asString()).isEqualTo("diverted");

        JsonNode read = ok(web.get().uri(d).headers(h -> h.setBearerAuth(mediator)).exchange().expectStatus().isOk());
        assertThat(read.get("timeline").valueStream().map(entry -> entry.get("action").asString())).containsExactly(
                "opened", "mediation_started", "session_scheduled", "session_held", "concluded", "term_performed",
                "term_breached", "reopened", "session_scheduled", "session_held", "escalated", "diverted");

        ok(web.get().uri("/api/meetings/agenda").headers(h -> h.setBearerAuth(handler)).exchange()
                .expectStatus().isOk());
        ok(call(HttpMethod.POST, "/api/meetings", handler, """
                {"heldAt":"2026-12-14T01:00:00Z","chair":"枫桥镇副镇长",
                  "attendees":["枫桥镇副镇长","枫源村调解员"],"minutes":"研判枫源村排水沟纠纷。",
                  "items":[{"disputeId":"%s","analysis":"赔偿款未付，矛盾有激化苗头","decision":"镇信访办跟进信访渠道办理"}]}"""
                .formatted(id)).expectStatus().isCreated());
        JsonNode meetings = ok(web.get().uri("/api/meetings").headers(h -> h.setBearerAuth(handler)).exchange()
                .expectStatus().isOk());
        assertThat(meetings.valueStream().flatMap(meeting -> meeting.get("items").valueStream())
                .map(item -> item.get("disputeId").asString())).contains(id);
    }

    private WebTestClient.ResponseSpec call(HttpMethod method, String uri, String token, String json) {
        return web.method(method).uri(uri).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static JsonNode ok(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}

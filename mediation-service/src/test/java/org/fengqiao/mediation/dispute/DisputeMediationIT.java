package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.mediation.MediationIT;
import org.fengqiao.mediation.TestClock;
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

@MediationIT
class DisputeMediationIT {

    private static final String WALK_IN = """
            {"source":"walk_in","type":"neighbour","summary":"邻里排水沟堵塞纠纷",
             "parties":[{"name":"%s","role":"applicant","phone":"13905751234"},{"name":"%s","role":"respondent"}],
             "peopleInvolved":2,"amount":3000,"address":"枫源村3组","jurisdiction":"%s"}""";

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    EscalationScan scan;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.MEDIATION);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aWalkInIsOpenedAtItsVillageWithItsClockAndAnnounced() {
        JsonNode dispute = open(TestTokens.mediatorOf(DemoDivisions.FENGYUAN), walkIn(DemoDivisions.FENGYUAN))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/disputes/[0-9a-f]{24}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(dispute.get("tier").asString()).isEqualTo("village");
        assertThat(dispute.get("state").asString()).isEqualTo("accepted");
        assertThat(dispute.get("risk").get("grade").asInt()).isEqualTo(1);
        assertThat(dispute.get("clock").get("phase").asString()).isEqualTo("act");
        assertThat(dispute.get("parties")).hasSize(2);
        assertThat(typesOf(dispute.get("id").asString(), 1)).containsExactly("dispute.opened");
    }

    @Test
    void aVillageMediationPastItsClockEscalatesToTheTownshipOnceWithTheReason() {
        String id = openedAt(DemoDivisions.FENGYUAN);

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        List<ConsumerRecord<String, String>> announced = awaitEvents(id, 2);
        DisputeEscalated escalated = (DisputeEscalated) EventJson.standard()
                .read(new EventTypeId("dispute.escalated", 1), announced.get(1).value());
        assertThat(escalated.fromTier()).isEqualTo("village");
        assertThat(escalated.tier()).isEqualTo("township");
        assertThat(escalated.handlingUnit()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(escalated.cause()).isEqualTo("overdue");
        assertThat(escalated.reason()).isEqualTo("村级调解超过时限（受理后 1 天内未开始调解），自动上报镇级");

        scan.scanOnce().block();
        scan.scanOnce().block();
        JsonNode dispute = read(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(dispute.get("tier").asString()).isEqualTo("township");
        assertThat(dispute.get("state").asString()).isEqualTo("accepted");
        assertThat(dispute.get("escalations")).hasSize(1);
        assertThat(dispute.get("escalations").get(0).get("reason").asString()).isEqualTo(escalated.reason());
        // A later event of the same dispute (same partition) proves no second escalation was published before it.
        startMediation(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk();
        overrideRisk(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO), 2, "双方情绪激动").expectStatus().isOk();
        assertThat(typesOf(id, 3)).containsExactly("dispute.opened", "dispute.escalated", "dispute.risk-overridden");
    }

    @Test
    void aVillagerGroupHasOneHourThenTheVillageHasOneDay() {
        String mediator = TestTokens.mediatorOf(DemoDivisions.XINZE);
        JsonNode opened = open(mediator, walkIn(DemoDivisions.XINZE).replace("\"peopleInvolved\"",
                "\"villagerGroup\":\"3组\",\"peopleInvolved\"")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = opened.get("id").asString();
        assertThat(opened.get("tier").asString()).isEqualTo("villager_group");
        assertThat(opened.get("villagerGroup").asString()).isEqualTo("3组");
        assertThat(opened.get("handlingUnit").asString()).isEqualTo(DemoDivisions.XINZE);
        assertThat(Duration.between(Instant.parse(opened.get("clock").get("startedAt").asString()),
                Instant.parse(opened.get("clock").get("dueAt").asString()))).isEqualTo(Duration.ofHours(1));

        clock.advance(Duration.ofHours(1).plusMinutes(1));

        DisputeEscalated escalated = (DisputeEscalated) EventJson.standard()
                .read(new EventTypeId("dispute.escalated", 1), awaitEvents(id, 2).get(1).value());
        assertThat(escalated.fromTier()).isEqualTo("villager_group");
        assertThat(escalated.tier()).isEqualTo("village");
        assertThat(escalated.handlingUnit()).isEqualTo(DemoDivisions.XINZE);
        assertThat(escalated.reason()).isEqualTo("村民小组调解超过时限（受理后 1 小时内未开始调解），自动上报村级");
        assertThat(Duration.between(escalated.at(), escalated.clockDueAt())).isEqualTo(Duration.ofDays(1));
        startMediation(id, mediator).expectStatus().isOk().expectBody().jsonPath("$.tier").isEqualTo("village");

        open(TestTokens.handlerOf(DemoDivisions.FENGQIAO), walkIn(DemoDivisions.FENGQIAO)
                .replace("\"peopleInvolved\"", "\"villagerGroup\":\"3组\",\"peopleInvolved\""))
                .expectStatus().isBadRequest();
    }

    @Test
    void aFailedMediationEscalatesAtOnceAndTheVillageMayNoLongerAct() {
        String id = openedAt(DemoDivisions.CHENJIA);
        String village = TestTokens.mediatorOf(DemoDivisions.CHENJIA);
        startMediation(id, village).expectStatus().isOk();

        conclude(id, village, "failed", "双方对赔偿金额分歧过大").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tier").isEqualTo("township")
                .jsonPath("$.escalations[0].cause").isEqualTo("failed")
                .jsonPath("$.escalations[0].reason").isEqualTo("村级调解不成：双方对赔偿金额分歧过大");

        startMediation(id, village).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        read(id, village).expectStatus().isOk();
        String township = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        startMediation(id, township).expectStatus().isOk();
        conclude(id, township, "agreement", "由镇调处中心主持，双方同意分期赔偿").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("agreement");
        assertThat(typesOf(id, 3)).containsExactly("dispute.opened", "dispute.escalated", "dispute.concluded");
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        String id = openedAt(DemoDivisions.XINZE);
        String mediator = TestTokens.mediatorOf(DemoDivisions.XINZE);

        conclude(id, mediator, "agreement", "和解").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("纠纷当前状态为「受理」，只有调解中的纠纷才能达成协议");
        startMediation(id, mediator).expectStatus().isOk();
        startMediation(id, mediator).expectStatus().isEqualTo(409);
        conclude(id, mediator, "agreement", "双方签订协议").expectStatus().isOk();
        conclude(id, mediator, "failed", "反悔").expectStatus().isEqualTo(409);
        overrideRisk(id, mediator, 3, "反悔").expectStatus().isEqualTo(409);

        JsonNode dispute = read(id, mediator).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(dispute.get("state").asString()).isEqualTo("agreement");
        assertThat(dispute.get("conclusion").asString()).isEqualTo("双方签订协议");
        assertThat(typesOf(id, 2)).containsExactly("dispute.opened", "dispute.concluded");
    }

    @Test
    void aDiversionToThePetitionChannelIsAnnouncedWithTheParties() {
        String id = openedAt(DemoDivisions.FENGYUAN);
        String mediator = TestTokens.mediatorOf(DemoDivisions.FENGYUAN);

        divert(id, mediator, "{\"channel\":\"court\",\"reason\":\"x\"}").expectStatus().isBadRequest();
        divert(id, mediator, "{\"channel\":\"petition\",\"reason\":\"涉及征地补偿政策，转信访渠道\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("diverted")
                .jsonPath("$.diversion.channel").isEqualTo("petition");
        divert(id, mediator, "{\"channel\":\"litigation\",\"reason\":\"再次分流\"}").expectStatus().isEqualTo(409);

        DisputeDiverted diverted = (DisputeDiverted) EventJson.standard()
                .read(new EventTypeId("dispute.diverted", 1), awaitEvents(id, 2).get(1).value());
        assertThat(diverted.channel()).isEqualTo("petition");
        assertThat(diverted.parties()).extracting(DisputeDiverted.Party::role).containsExactly("applicant", "respondent");
        assertThat(diverted.parties().get(0).phone()).isEqualTo("13905751234");
        assertThat(read(id, mediator).expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("clock").isNull()).isTrue();
    }

    @Test
    void badInputIsAProblemDetailAndOpensNothing() {
        String mediator = TestTokens.mediatorOf(DemoDivisions.FENGYUAN);
        open(mediator, """
                {"source":"walk_in","type":"neighbour","summary":"",
                 "parties":[{"name":"甲","role":"applicant"}],"peopleInvolved":1,"amount":-5,
                 "address":"枫源村","jurisdiction":"3306811012"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'summary')]").exists()
                .jsonPath("$.errors[?(@.field == 'parties')]").exists()
                .jsonPath("$.errors[?(@.field == 'peopleInvolved')]").exists()
                .jsonPath("$.errors[?(@.field == 'amount')]").exists()
                .jsonPath("$.errors[?(@.field == 'jurisdiction')]").exists();
        open(mediator, walkIn(DemoDivisions.FENGYUAN).replace("\"neighbour\"", "\"gossip\""))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        open(mediator, walkIn(DemoDivisions.FENGYUAN).replace("\"walk_in\"", "\"grid_report\""))
                .expectStatus().isBadRequest();
        open(mediator, walkIn(DemoDivisions.FENGYUAN).replace("\"respondent\"", "\"applicant\""))
                .expectStatus().isBadRequest();
        String id = openedAt(DemoDivisions.FENGYUAN);
        overrideRisk(id, mediator, 7, "").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'reason')]").exists();
        conclude(id, mediator, "settled", "x").expectStatus().isBadRequest();

        JsonNode dispute = read(id, mediator).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(dispute.get("risk").get("override").isNull()).isTrue();
        assertThat(typesOf(id, 1)).containsExactly("dispute.opened");
    }

    @Test
    void aMediatorSeesItsVillageATownshipItsSubtreeTheCountyEverything() {
        String id = openedAt(DemoDivisions.FENGYUAN);

        read(id, TestTokens.mediatorOf(DemoDivisions.FENGYUAN)).expectStatus().isOk();
        read(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk();
        read(id, TestTokens.countyLeader()).expectStatus().isOk();
        read(id, TestTokens.mediatorOf(DemoDivisions.CHENJIA)).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        read(id, TestTokens.handlerOf(DemoDivisions.ZHAOJIA)).expectStatus().isNotFound();
        startMediation(id, TestTokens.mediatorOf(DemoDivisions.CHENJIA)).expectStatus().isNotFound();
        assertThat(idsListedFor(TestTokens.mediatorOf(DemoDivisions.CHENJIA))).doesNotContain(id);
        assertThat(idsListedFor(TestTokens.handlerOf(DemoDivisions.FENGQIAO))).contains(id);

        open(TestTokens.mediatorOf(DemoDivisions.CHENJIA), walkIn(DemoDivisions.FENGYUAN)).expectStatus().isForbidden();
        open(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), walkIn(DemoDivisions.FENGYUAN)).expectStatus().isForbidden();
        web.get().uri("/api/disputes/{id}", id).exchange().expectStatus().isUnauthorized();
    }

    private String openedAt(String village) {
        return open(TestTokens.mediatorOf(village), walkIn(village)).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private static String walkIn(String village) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return WALK_IN.formatted("陈" + suffix, "王" + suffix, village);
    }

    private WebTestClient.ResponseSpec open(String token, String json) {
        return web.post().uri("/api/disputes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/disputes/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec startMediation(String id, String token) {
        return web.post().uri("/api/disputes/{id}/mediation", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec conclude(String id, String token, String outcome, String summary) {
        return web.post().uri("/api/disputes/{id}/conclusion", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\":\"%s\",\"summary\":\"%s\"}".formatted(outcome, summary)).exchange();
    }

    private WebTestClient.ResponseSpec overrideRisk(String id, String token, int grade, String reason) {
        return web.put().uri("/api/disputes/{id}/risk", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"grade\":%d,\"reason\":\"%s\"}".formatted(grade, reason)).exchange();
    }

    private WebTestClient.ResponseSpec divert(String id, String token, String json) {
        return web.post().uri("/api/disputes/{id}/diversion", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private List<String> idsListedFor(String token) {
        JsonNode list = web.get().uri("/api/disputes?size=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return list.valueStream().map(node -> node.get("id").asString()).toList();
    }

    private List<ConsumerRecord<String, String>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).size() >= count);
        return events.withKey(id);
    }

    /** The types of a dispute's events once at least {@code count} arrived. */
    private List<String> typesOf(String id, int count) {
        return awaitEvents(id, count).stream()
                .map(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)).toList();
    }
}

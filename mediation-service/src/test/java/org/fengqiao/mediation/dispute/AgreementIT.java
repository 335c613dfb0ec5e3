package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.mediation.v1.DisputeJudicialConfirmationDue;
import org.fengqiao.events.mediation.v1.DisputeTermOverdue;
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
class AgreementIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EventJson JSON = EventJson.standard();

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    EscalationScan scan;

    private final String mediator = TestTokens.mediatorOf(DemoDivisions.SIZHAI);
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
    void anOverdueTermRemindsOnceAndTheJudicialConfirmationWindowReminds() {
        String id = opened();
        scheduleSession(id).expectStatus().isCreated().expectBody().jsonPath("$.state").isEqualTo("mediating");
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        record(id, 1, "agreement", """
                [{"description":"王某赔偿陈某医药费 3000 元","responsibleParty":"王某","dueDate":"%s"},
                 {"description":"陈某拆除越界围墙","responsibleParty":"陈某","dueDate":"%s"}]"""
                .formatted(today, today.plusDays(20)))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("agreement")
                .jsonPath("$.sessions[0].outcome").isEqualTo("agreement")
                .jsonPath("$.agreement.terms.length()").isEqualTo(2);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        ConsumerRecord<String, String> overdue = awaitEvents(id, 3).get(2);
        DisputeTermOverdue term = (DisputeTermOverdue) JSON.read(new EventTypeId("dispute.term-overdue", 1),
                overdue.value());
        assertThat(term.termNo()).isEqualTo(1);
        assertThat(term.responsibleParty()).isEqualTo("王某");
        assertThat(term.dueDate()).isEqualTo(today);
        assertThat(term.handlingUnit()).isEqualTo(DemoDivisions.SIZHAI);
        scan.scanOnce().block();
        scan.scanOnce().block();

        post("/api/disputes/{id}/agreement/terms/2/performance", id, "{\"on\":\"%s\"}".formatted(today.plusDays(2)))
                .expectStatus().isOk();
        clock.advance(Duration.ofDays(23));

        ConsumerRecord<String, String> judicial = awaitEvents(id, 4).get(3);
        DisputeJudicialConfirmationDue due = (DisputeJudicialConfirmationDue) JSON.read(
                new EventTypeId("dispute.judicial-confirmation-due", 1), judicial.value());
        assertThat(Duration.between(due.agreedAt(), due.deadline())).isEqualTo(Duration.ofDays(30));
        assertThat(types(id)).containsExactly("dispute.opened", "dispute.concluded", "dispute.term-overdue",
                "dispute.judicial-confirmation-due");
        JsonNode dispute = read(id);
        assertThat(dispute.get("agreement").get("terms").get(0).get("remindedAt").isNull()).isFalse();
        assertThat(dispute.get("agreement").get("terms").get(1).get("performedOn").asString())
                .isEqualTo(today.plusDays(2).toString());
    }

    @Test
    void sessionAndAgreementMistakesAreProblemDetailsAndChangeNothing() {
        String id = opened();
        record(id, 1, "adjourned", null).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/disputes/{id}/sessions", id, "{\"kind\":\"gossip\",\"place\":\"\",\"mediators\":[]}")
                .expectStatus().isBadRequest();
        scheduleSession(id).expectStatus().isCreated();
        record(id, 1, "failed", "[{\"description\":\"x\",\"responsibleParty\":\"y\",\"dueDate\":\"2030-01-01\"}]")
                .expectStatus().isBadRequest();
        record(id, 1, "agreement", "[{\"description\":\"x\",\"responsibleParty\":\"y\",\"dueDate\":\"tomorrow\"}]")
                .expectStatus().isBadRequest();
        post("/api/disputes/{id}/agreement/terms/1/performance", id, "{\"on\":\"2026-12-01\"}")
                .expectStatus().isEqualTo(409);
        record(id, 1, "adjourned", null).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("mediating");
        record(id, 1, "adjourned", null).expectStatus().isEqualTo(409);

        JsonNode dispute = read(id);
        assertThat(dispute.get("sessions")).hasSize(1);
        assertThat(dispute.get("agreement").isNull()).isTrue();
        assertThat(types(id)).containsExactly("dispute.opened");
    }

    @Test
    void aFailedSessionEscalatesWithItsSummaryAsTheReason() {
        String id = opened();
        scheduleSession(id).expectStatus().isCreated();

        record(id, 1, "failed", null).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tier").isEqualTo("township")
                .jsonPath("$.handlingUnit").isEqualTo(DemoDivisions.DONGBAIHU)
                .jsonPath("$.escalations[0].reason").isEqualTo("村级调解不成：双方分歧较大");
        post("/api/disputes/{id}/sessions", id, session()).expectStatus().isForbidden();
        web.post().uri("/api/disputes/{id}/sessions", id)
                .headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.DONGBAIHU)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(session()).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.sessions[1].tier").isEqualTo("township");
    }

    private String opened() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return post("/api/disputes", null, """
                {"source":"walk_in","type":"neighbour","summary":"宅基地界址纠纷",
                 "parties":[{"name":"陈%s","role":"applicant"},{"name":"王%s","role":"respondent"}],
                 "peopleInvolved":2,"address":"斯宅村","jurisdiction":"%s"}"""
                .formatted(suffix, suffix, DemoDivisions.SIZHAI))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private String session() {
        return """
                {"kind":"peoples","scheduledAt":"%s","place":"斯宅村调委会","mediators":["斯宅村调解员"]}"""
                .formatted(clock.instant().plus(Duration.ofHours(2)));
    }

    private WebTestClient.ResponseSpec scheduleSession(String id) {
        return post("/api/disputes/{id}/sessions", id, session());
    }

    private WebTestClient.ResponseSpec record(String id, int no, String outcome, String termsJson) {
        String body = """
                {"heldAt":"%s","attendees":["陈某","王某"],"minutes":"双方陈述，调解员释法说理。","outcome":"%s",
                 "summary":"双方分歧较大"%s}""".formatted(clock.instant(), outcome,
                termsJson == null ? "" : ",\"terms\":" + termsJson);
        return post("/api/disputes/{id}/sessions/" + no + "/record", id, body);
    }

    private WebTestClient.ResponseSpec post(String uri, String id, String json) {
        return web.post().uri(uri, id == null ? new Object[0] : new Object[] {id})
                .headers(h -> h.setBearerAuth(mediator))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private JsonNode read(String id) {
        return web.get().uri("/api/disputes/{id}", id).headers(h -> h.setBearerAuth(mediator)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<ConsumerRecord<String, String>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).size() >= count);
        return events.withKey(id);
    }

    private List<String> types(String id) {
        return events.withKey(id).stream()
                .map(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)).toList();
    }
}

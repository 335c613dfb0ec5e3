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
import org.fengqiao.events.mediation.v1.DisputeReopened;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.mediation.MediationIT;
import org.fengqiao.mediation.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * 重新调解: a breached agreement term, or a dissatisfied return visit, sends a concluded dispute back to its tier;
 * 结案: a return visit that ended otherwise closes the dispute once its agreement is performed.
 */
@MediationIT
class ReopenIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EventJson JSON = EventJson.standard();

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;

    private final String mediator = TestTokens.mediatorOf(DemoDivisions.DONGXI);
    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.MEDIATION,
                Topics.deadLetter(Topics.SURVEY));
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aBreachedTermReopensTheDisputeAtItsTierWithATimelineEntryAndAnEvent() {
        String id = agreed();
        String breach = "{\"on\":\"%s\",\"reason\":\"王某到期未支付赔偿款\"}".formatted(today());

        post("/api/disputes/{id}/agreement/terms/1/breach", id, mediator, breach).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("mediating")
                .jsonPath("$.tier").isEqualTo("village")
                .jsonPath("$.handlingUnit").isEqualTo(DemoDivisions.DONGXI)
                .jsonPath("$.clock.phase").isEqualTo("mediate")
                .jsonPath("$.agreement").isEmpty()
                .jsonPath("$.pastAgreements[0].terms[0].breach").isEqualTo("王某到期未支付赔偿款")
                .jsonPath("$.reopenings[0].cause").isEqualTo("breach")
                .jsonPath("$.timeline[-1].action").isEqualTo("reopened")
                .jsonPath("$.timeline[-1].by").isEqualTo("mediator-dongxi")
                .jsonPath("$.timeline[-2].action").isEqualTo("term_breached");

        DisputeReopened reopened = (DisputeReopened) JSON.read(new EventTypeId("dispute.reopened", 1),
                awaitType(id, "dispute.reopened").value());
        assertThat(reopened.cause()).isEqualTo("breach");
        assertThat(reopened.reference()).isEqualTo("term:1");
        assertThat(reopened.reason()).isEqualTo("协议第 1 项未履行（王某赔偿 2000 元）：王某到期未支付赔偿款");
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.tier()).isEqualTo("village");

        // A second session may now be held at the same tier.
        post("/api/disputes/{id}/sessions", id, mediator, session()).expectStatus().isCreated()
                .expectBody().jsonPath("$.sessions[1].tier").isEqualTo("village");
    }

    @Test
    void breachMistakesAreProblemDetailsAndChangeNothing() {
        String id = agreed();
        String breach = "{\"on\":\"%s\",\"reason\":\"未履行\"}".formatted(today());

        post("/api/disputes/{id}/agreement/terms/1/breach", id, mediator, "{\"on\":\"%s\"}".formatted(today()))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/disputes/{id}/agreement/terms/9/breach", id, mediator, breach).expectStatus().isNotFound();
        post("/api/disputes/{id}/agreement/terms/1/breach", id, TestTokens.mediatorOf(DemoDivisions.SIZHAI), breach)
                .expectStatus().isNotFound();
        post("/api/disputes/{id}/agreement/terms/2/performance", id, mediator, "{\"on\":\"%s\"}".formatted(today()))
                .expectStatus().isOk();
        post("/api/disputes/{id}/agreement/terms/2/breach", id, mediator, breach).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        JsonNode dispute = read(id);
        assertThat(dispute.get("state").asString()).isEqualTo("agreement");
        assertThat(dispute.get("reopenings")).isEmpty();
        post("/api/disputes/{id}/agreement/terms/1/breach", id, mediator, breach).expectStatus().isOk();
        post("/api/disputes/{id}/agreement/terms/1/breach", id, mediator, breach).expectStatus().isEqualTo(409);
        assertThat(read(id).get("reopenings")).hasSize(1);
    }

    @Test
    void aReturnVisitDissatisfactionDeliveredTwiceReopensTheDisputeOnceAndOtherCasesAreSkipped() {
        String id = agreed();
        String open = opened();
        String marker = agreed();
        ReturnVisitDissatisfied visit = dissatisfied("dispute", id, "赔偿款只付了一半");
        UUID eventId = UUID.randomUUID();

        try (TestEventPublisher publisher = TestEventPublisher.toSharedBroker()) {
            // One key for every record: they share a partition, so the marker is handled after the others.
            String key = visit.returnVisitId();
            publisher.publish(visit, key, DemoDivisions.DONGXI, eventId);
            publisher.publish(visit, key, DemoDivisions.DONGXI, eventId);
            publisher.publish(dissatisfied("dispute", open, "还没调解完"), key, DemoDivisions.DONGXI);
            publisher.publish(dissatisfied("work-order", id, "不是纠纷"), key, DemoDivisions.DONGXI);
            publisher.publish(dissatisfied("dispute", "000000000000000000000000", null), key, DemoDivisions.DONGXI);
            publisher.publish(dissatisfied("dispute", marker, null), key, DemoDivisions.DONGXI);
        }

        awaitType(marker, "dispute.reopened");
        JsonNode dispute = read(id);
        assertThat(dispute.get("state").asString()).isEqualTo("mediating");
        assertThat(dispute.get("reopenings")).hasSize(1);
        assertThat(dispute.get("reopenings").get(0).get("cause").asString()).isEqualTo("return_visit");
        assertThat(dispute.get("reopenings").get(0).get("reason").asString()).isEqualTo("回访不满意：赔偿款只付了一半");
        assertThat(dispute.get("timeline").get(dispute.get("timeline").size() - 1).get("action").asString())
                .isEqualTo("reopened");
        assertThat(types(id)).filteredOn("dispute.reopened"::equals).hasSize(1);
        assertThat(read(open).get("state").asString()).isEqualTo("accepted");
        assertThat(read(open).get("reopenings")).isEmpty();
        assertThat(events.records(Topics.deadLetter(Topics.SURVEY))).isEmpty();
    }

    @Test
    void aReturnVisitThatEndsWithoutComplaintClosesTheDisputeOnceItsAgreementIsPerformed() {
        String id = agreed();
        String unreached = agreed();
        String substantive = agreed();
        String open = opened();
        String marker = agreed();
        ReturnVisitCompleted satisfied = completed("dispute", id, true, "satisfied", null);
        UUID eventId = UUID.randomUUID();

        try (TestEventPublisher publisher = TestEventPublisher.toSharedBroker()) {
            // One key for every record: they share a partition, so the marker is handled after the others.
            String key = satisfied.returnVisitId();
            publisher.publish(satisfied, key, DemoDivisions.DONGXI, eventId);
            publisher.publish(satisfied, key, DemoDivisions.DONGXI, eventId);
            publisher.publish(completed("dispute", unreached, false, null, null), key, DemoDivisions.DONGXI);
            publisher.publish(completed("dispute", substantive, true, "dissatisfied", "substantive"), key,
                    DemoDivisions.DONGXI);
            publisher.publish(completed("dispute", open, true, "satisfied", null), key, DemoDivisions.DONGXI);
            publisher.publish(completed("work-order", id, true, "dissatisfied", "subjective"), key,
                    DemoDivisions.DONGXI);
            publisher.publish(completed("dispute", marker, true, "basically_satisfied", null), key,
                    DemoDivisions.DONGXI);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !read(marker).path("returnVisit").isNull());

        JsonNode visited = read(id);
        assertThat(visited.get("state").asString()).as("terms still to perform").isEqualTo("agreement");
        assertThat(visited.get("returnVisit").get("satisfaction").asString()).isEqualTo("satisfied");
        assertThat(visited.get("timeline").valueStream().map(entry -> entry.get("note").asString()))
                .containsOnlyOnce("回访：满意");
        assertThat(read(substantive).get("returnVisit").isNull()).as("a substantive 不满意 reopens instead").isTrue();
        assertThat(read(open).get("returnVisit").isNull()).isTrue();
        assertThat(read(open).get("state").asString()).isEqualTo("accepted");

        post("/api/disputes/{id}/agreement/terms/1/performance", id, mediator, "{\"on\":\"%s\"}".formatted(today()))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("agreement");
        post("/api/disputes/{id}/agreement/terms/2/performance", id, mediator, "{\"on\":\"%s\"}".formatted(today()))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("closed")
                .jsonPath("$.closedAt").isNotEmpty()
                .jsonPath("$.timeline[-1].action").isEqualTo("closed")
                .jsonPath("$.timeline[-1].note").isEqualTo("结案：协议已全部履行，回访满意");
        post("/api/disputes/{id}/agreement/terms/1/breach", id, mediator,
                "{\"on\":\"%s\",\"reason\":\"未履行\"}".formatted(today()))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/disputes?state=closed&size=100").headers(h -> h.setBearerAuth(mediator)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '%s')]".formatted(id)).exists()
                .jsonPath("$[?(@.id == '%s')]".formatted(marker)).doesNotExist();

        performAll(unreached);
        assertThat(read(unreached).get("state").asString()).isEqualTo("closed");
        assertThat(read(unreached).get("conclusion").asString()).isEqualTo("王某赔偿，陈某拆墙");
        JsonNode timeline = read(unreached).get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("note").asString()).isEqualTo("结案：协议已全部履行，回访无法联系");
    }

    private void performAll(String id) {
        for (int no = 1; no <= 2; no++) {
            post("/api/disputes/{id}/agreement/terms/" + no + "/performance", id, mediator,
                    "{\"on\":\"%s\"}".formatted(today())).expectStatus().isOk();
        }
    }

    private ReturnVisitCompleted completed(String caseType, String caseId, boolean reached, String satisfaction,
                                           String kind) {
        return new ReturnVisitCompleted(caseType + ":" + caseId + ":" + UUID.randomUUID(), caseType, caseId, caseId,
                DemoDivisions.DONGXI, DemoDivisions.DONGXI, reached, satisfaction, kind, null, clock.instant(),
                "county-surveyor");
    }

    private String agreed() {
        String id = opened();
        post("/api/disputes/{id}/sessions", id, mediator, session()).expectStatus().isCreated();
        LocalDate today = today();
        String record = """
                {"heldAt":"%s","attendees":["陈某","王某"],"minutes":"双方陈述，调解员释法说理。","outcome":"agreement",
                 "summary":"王某赔偿，陈某拆墙","terms":[
                 {"description":"王某赔偿 2000 元","responsibleParty":"王某","dueDate":"%s"},
                 {"description":"陈某拆除越界围墙","responsibleParty":"陈某","dueDate":"%s"}]}"""
                .formatted(clock.instant(), today.plusDays(5), today.plusDays(10));
        post("/api/disputes/{id}/sessions/1/record", id, mediator, record).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("agreement");
        return id;
    }

    private String opened() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        return post("/api/disputes", null, mediator, """
                {"source":"walk_in","type":"neighbour","summary":"围墙越界纠纷",
                 "parties":[{"name":"陈%s","role":"applicant"},{"name":"王%s","role":"respondent"}],
                 "peopleInvolved":2,"address":"东溪村","jurisdiction":"%s"}"""
                .formatted(suffix, suffix, DemoDivisions.DONGXI))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private ReturnVisitDissatisfied dissatisfied(String caseType, String caseId, String comment) {
        return new ReturnVisitDissatisfied(caseType + ":" + caseId + ":" + UUID.randomUUID(), caseType, caseId,
                caseId, DemoDivisions.DONGXI, comment, clock.instant());
    }

    private String session() {
        return """
                {"kind":"peoples","scheduledAt":"%s","place":"东溪村调委会","mediators":["东溪村调解员"]}"""
                .formatted(clock.instant().plus(Duration.ofHours(2)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI);
    }

    private WebTestClient.ResponseSpec post(String uri, String id, String token, String json) {
        return web.post().uri(uri, id == null ? new Object[0] : new Object[] {id})
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private JsonNode read(String id) {
        return web.get().uri("/api/disputes/{id}", id).headers(h -> h.setBearerAuth(mediator)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private ConsumerRecord<String, String> awaitType(String id, String type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> types(id).contains(type));
        return events.withKey(id).stream()
                .filter(record -> type.equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)))
                .findFirst().orElseThrow();
    }

    private List<String> types(String id) {
        return events.withKey(id).stream()
                .map(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)).toList();
    }
}

package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Approved work-order reviews become return visits; a substantive dissatisfaction sends the order back. */
@SurveyIT
class WorkOrderReturnVisitIT {

    private static final EventJson JSON = EventJson.standard();

    @Autowired
    WebTestClient web;
    @Autowired
    DeadlinePolicy policy;

    private TestEventPublisher publisher;
    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        // Started before each test publishes: return-visit.scheduled of the test's visit is recorded too.
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.SURVEY);
        publisher = TestEventPublisher.toSharedBroker();
    }

    @AfterEach
    void close() {
        events.close();
        publisher.close();
    }

    @Test
    void anApprovedReviewDeliveredTwiceMakesOneVisitDueInThreeWorkingDaysAndASentBackOneNone() {
        WorkOrderReviewed approved = reviewed("ZJ-RV-0001", true);
        UUID eventId = UUID.randomUUID();
        publish(approved, eventId);
        publish(approved, eventId);
        WorkOrderReviewed sentBack = reviewed("ZJ-RV-0002", false);
        publish(sentBack, UUID.randomUUID());
        WorkOrderReviewed later = reviewed("ZJ-RV-0003", true);
        publish(later, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).until(() -> visitsOf(TestTokens.countySurveyor(), later.workOrderId()).size() == 1);
        List<JsonNode> visits = visitsOf(TestTokens.countySurveyor(), approved.workOrderId());
        assertThat(visits).hasSize(1);
        JsonNode visit = visits.get(0);
        assertThat(visit.get("caseType").asString()).isEqualTo("work-order");
        assertThat(visit.get("caseNumber").asString()).isEqualTo("ZJ-RV-0001");
        assertThat(visit.get("jurisdiction").asString()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(visit.get("state").asString()).isEqualTo("pending");
        assertThat(Instant.parse(visit.get("dueAt").asString()))
                .isEqualTo(policy.dueAt(approved.at(), TimeLimit.workingDays(3)));
        assertThat(visitsOf(TestTokens.countySurveyor(), sentBack.workOrderId())).isEmpty();
        assertThat(visitsOf(TestTokens.countyDispatcher(), approved.workOrderId())).hasSize(1);
    }

    @Test
    void aSubstantiveDissatisfactionIsPublishedOnceAndASecondOutcomeIs409() {
        WorkOrderReviewed approved = reviewed("ZJ-RV-0004", true);
        publish(approved, UUID.randomUUID());
        String id = awaitVisit(approved.workOrderId());

        JsonNode done = outcome(id, TestTokens.countySurveyor(), """
                {"reached":true,"satisfaction":"dissatisfied","dissatisfactionKind":"substantive","comment":"路灯又不亮了"}""")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(done.get("state").asString()).isEqualTo("completed");
        assertThat(done.get("outcome").get("satisfaction").asString()).isEqualTo("dissatisfied");

        outcome(id, TestTokens.countySurveyor(), "{\"reached\":true,\"satisfaction\":\"satisfied\"}")
                .expectStatus().isEqualTo(409).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.withKey(id).size() >= 3);
        List<ConsumerRecord<String, String>> published = events.withKey(id);
        assertThat(published).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("return-visit.scheduled", "return-visit.completed", "return-visit.dissatisfied");
        ConsumerRecord<String, String> dissatisfied = published.stream()
                .filter(record -> "return-visit.dissatisfied".equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)))
                .findFirst().orElseThrow();
        ReturnVisitDissatisfied payload = (ReturnVisitDissatisfied) JSON.read(
                new EventTypeId("return-visit.dissatisfied", 1), dissatisfied.value());
        assertThat(payload.caseType()).isEqualTo("work-order");
        assertThat(payload.caseId()).isEqualTo(approved.workOrderId());
        assertThat(payload.caseNumber()).isEqualTo("ZJ-RV-0004");
        assertThat(payload.jurisdiction()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(payload.comment()).isEqualTo("路灯又不亮了");
    }

    @Test
    void aSubjectiveDissatisfactionSendsNothingBack() {
        WorkOrderReviewed approved = reviewed("ZJ-RV-0005", true);
        publish(approved, UUID.randomUUID());
        String id = awaitVisit(approved.workOrderId());

        outcome(id, TestTokens.countySurveyor(),
                "{\"reached\":true,\"satisfaction\":\"dissatisfied\",\"dissatisfactionKind\":\"subjective\"}")
                .expectStatus().isOk();

        await().atMost(Duration.ofSeconds(30)).until(() -> events.withKey(id).size() >= 2);
        assertThat(events.withKey(id)).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("return-visit.scheduled", "return-visit.completed");
    }

    @Test
    void badInputIs400AndOtherRolesAndJurisdictionsCannotRecord() {
        WorkOrderReviewed approved = reviewed("ZJ-RV-0006", true);
        publish(approved, UUID.randomUUID());
        String id = awaitVisit(approved.workOrderId());
        String surveyor = TestTokens.countySurveyor();

        for (String bad : List.of("{}", "{\"reached\":true}", "{\"reached\":true,\"satisfaction\":\"dissatisfied\"}",
                "{\"reached\":true,\"satisfaction\":\"very_happy\"}",
                "{\"reached\":false,\"satisfaction\":\"satisfied\"}",
                "{\"reached\":true,\"satisfaction\":\"satisfied\",\"dissatisfactionKind\":\"subjective\"}")) {
            outcome(id, surveyor, bad).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        outcome(id, TestTokens.countyDispatcher(), "{\"reached\":true,\"satisfaction\":\"satisfied\"}")
                .expectStatus().isForbidden();
        String townshipSurveyor = TestTokens.token("surveyor-fengqiao", "枫桥镇回访员", DemoDivisions.FENGQIAO,
                Role.SURVEYOR);
        outcome(id, townshipSurveyor, "{\"reached\":true,\"satisfaction\":\"satisfied\"}").expectStatus().isNotFound();
        web.get().uri("/api/return-visits/{id}", id).headers(h -> h.setBearerAuth(townshipSurveyor))
                .exchange().expectStatus().isNotFound();
        assertThat(visitsOf(townshipSurveyor, approved.workOrderId())).isEmpty();

        web.get().uri("/api/return-visits/{id}", id).headers(h -> h.setBearerAuth(surveyor)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("pending");
    }

    private WebTestClient.ResponseSpec outcome(String id, String token, String json) {
        return web.post().uri("/api/return-visits/{id}/outcome", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private String awaitVisit(String workOrderId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> visitsOf(TestTokens.countySurveyor(), workOrderId).size() == 1);
        return visitsOf(TestTokens.countySurveyor(), workOrderId).get(0).get("id").asString();
    }

    private List<JsonNode> visitsOf(String token, String workOrderId) {
        JsonNode all = web.get().uri("/api/return-visits?size=200").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode visit : all) {
            if (workOrderId.equals(visit.get("caseId").asString())) {
                found.add(visit);
            }
        }
        return found;
    }

    private static WorkOrderReviewed reviewed(String orderNumber, boolean approved) {
        return new WorkOrderReviewed(UUID.randomUUID().toString().replace("-", "").substring(0, 24), orderNumber,
                approved ? "reviewed" : "handling", DemoDivisions.FENGQIAO, DemoDivisions.COUNTY,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), approved, approved ? null : "未写明处理结果",
                "county-dispatcher");
    }

    private void publish(WorkOrderReviewed review, UUID eventId) {
        publisher.publish(review, review.workOrderId(), review.jurisdiction(), eventId);
    }
}

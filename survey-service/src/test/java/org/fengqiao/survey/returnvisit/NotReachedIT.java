package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** A call that does not reach the citizen reschedules the visit, up to three attempts; then it ends unreachable. */
@SurveyIT
class NotReachedIT {

    private static final String NOT_REACHED = "{\"reached\":false,\"comment\":\"无人接听\"}";

    @Autowired
    WebTestClient web;
    @Autowired
    DeadlinePolicy policy;

    private CaseEvents events;

    @BeforeEach
    void listen() {
        events = new CaseEvents();
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void twoMissedCallsRescheduleToTheNextWorkingDayAndTheThirdEndsTheVisitUnreachableOnce() {
        ReturnVisitScheduled scheduled = events.scheduledVisit("ZJ-NR-0001");
        String id = scheduled.returnVisitId();

        for (int attempt = 1; attempt <= 2; attempt++) {
            JsonNode visit = outcome(id, NOT_REACHED).expectStatus().isOk().expectBody(JsonNode.class)
                    .returnResult().getResponseBody();
            assertThat(visit.get("state").asString()).isEqualTo("pending");
            assertThat(visit.get("attempts")).hasSize(attempt);
            assertThat(visit.get("outcome").isNull()).isTrue();
            Instant triedAt = Instant.parse(visit.get("attempts").get(attempt - 1).get("at").asString());
            assertThat(Instant.parse(visit.get("dueAt").asString()))
                    .isEqualTo(policy.dueAt(triedAt, TimeLimit.workingDays(1)));
        }
        // Still pending: the citizen's link still works meanwhile.
        web.get().uri("/api/public/ratings/{token}", CaseEvents.tokenOf(scheduled)).exchange().expectStatus().isOk();

        JsonNode ended = outcome(id, NOT_REACHED).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(ended.get("state").asString()).isEqualTo("unreachable");
        assertThat(ended.get("attempts")).hasSize(3);
        assertThat(ended.get("outcome").get("reached").asBoolean()).isFalse();

        outcome(id, NOT_REACHED).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/public/ratings/{token}", CaseEvents.tokenOf(scheduled)).exchange()
                .expectStatus().isEqualTo(410);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.completed(id).size() >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> events.completed(id).size() == 1);
        ReturnVisitCompleted completed = events.completed(id).get(0);
        assertThat(completed.reached()).isFalse();
        assertThat(completed.satisfaction()).isNull();
        assertThat(completed.by()).isEqualTo("county-surveyor");
    }

    @Test
    void aCallThatReachesTheCitizenAfterAMissedOneEndsTheVisit() {
        ReturnVisitScheduled scheduled = events.scheduledVisit("ZJ-NR-0002");
        String id = scheduled.returnVisitId();
        outcome(id, NOT_REACHED).expectStatus().isOk();
        outcome(id, "{\"reached\":true,\"satisfaction\":\"satisfied\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("completed").jsonPath("$.attempts.length()").isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.completed(id).size() >= 1);
        assertThat(events.completed(id)).singleElement().satisfies(completed -> {
            assertThat(completed.reached()).isTrue();
            assertThat(completed.satisfaction()).isEqualTo("satisfied");
        });
    }

    private WebTestClient.ResponseSpec outcome(String id, String json) {
        return web.post().uri("/api/return-visits/{id}/outcome", id)
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }
}

package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** A mediation agreement asks for one return visit, queued for the surveyors of the dispute's place only. */
@SurveyIT
class DisputeReturnVisitIT {

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
    void anAgreementDeliveredTwiceMakesOneVisitAndAFailedMediationNone() {
        DisputeConcluded agreement = concluded("agreement");
        UUID eventId = UUID.randomUUID();
        events.publisher.publish(agreement, agreement.disputeId(), agreement.jurisdiction(), eventId);
        events.publisher.publish(agreement, agreement.disputeId(), agreement.jurisdiction(), eventId);
        DisputeConcluded failed = concluded("failed");
        events.publisher.publish(failed, failed.disputeId(), failed.jurisdiction());
        DisputeConcluded later = concluded("agreement");
        events.publisher.publish(later, later.disputeId(), later.jurisdiction());

        events.awaitScheduled(later.disputeId());
        ReturnVisitScheduled scheduled = events.awaitScheduled(agreement.disputeId());
        assertThat(events.scheduled(agreement.disputeId())).hasSize(1);
        assertThat(events.scheduled(failed.disputeId())).isEmpty();
        assertThat(scheduled.caseType()).isEqualTo("dispute");
        assertThat(scheduled.jurisdiction()).isEqualTo(DemoDivisions.FENGYUAN);
        assertThat(scheduled.citizenPhone()).isNull();

        List<JsonNode> visits = visitsOf(TestTokens.countySurveyor(), agreement.disputeId());
        assertThat(visits).hasSize(1);
        JsonNode visit = visits.get(0);
        assertThat(visit.get("caseType").asString()).isEqualTo("dispute");
        assertThat(visit.get("unit").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(Instant.parse(visit.get("dueAt").asString()))
                .isEqualTo(policy.dueAt(agreement.at(), TimeLimit.workingDays(3)));
        assertThat(visitsOf(TestTokens.countySurveyor(), failed.disputeId())).isEmpty();

        web.get().uri("/api/public/ratings/{token}", CaseEvents.tokenOf(scheduled)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.caseType").isEqualTo("dispute");
    }

    @Test
    void surveyorsSeeOnlyTheirJurisdictionsQueue() {
        DisputeConcluded agreement = concluded("agreement");
        events.publisher.publish(agreement, agreement.disputeId(), agreement.jurisdiction());
        String id = events.awaitScheduled(agreement.disputeId()).returnVisitId();

        String fengqiao = TestTokens.token("surveyor-fengqiao", "枫桥镇回访员", DemoDivisions.FENGQIAO, Role.SURVEYOR);
        String zhaojia = TestTokens.token("surveyor-zhaojia", "赵家镇回访员", DemoDivisions.ZHAOJIA, Role.SURVEYOR);
        assertThat(visitsOf(fengqiao, agreement.disputeId())).hasSize(1);
        assertThat(visitsOf(zhaojia, agreement.disputeId())).isEmpty();
        assertThat(all(zhaojia)).allSatisfy(visit ->
                assertThat(visit.get("jurisdiction").asString()).startsWith(DemoDivisions.ZHAOJIA));
        web.get().uri("/api/return-visits/{id}", id).headers(h -> h.setBearerAuth(fengqiao)).exchange()
                .expectStatus().isOk();
        web.get().uri("/api/return-visits/{id}", id).headers(h -> h.setBearerAuth(zhaojia)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/return-visits").headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO)))
                .exchange().expectStatus().isForbidden();
    }

    private List<JsonNode> visitsOf(String token, String caseId) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode visit : all(token)) {
            if (caseId.equals(visit.get("caseId").asString())) {
                found.add(visit);
            }
        }
        return found;
    }

    private JsonNode all(String token) {
        return web.get().uri("/api/return-visits?size=200").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static DisputeConcluded concluded(String state) {
        return new DisputeConcluded(UUID.randomUUID().toString().replace("-", "").substring(0, 24),
                DemoDivisions.FENGYUAN, "township", DemoDivisions.FENGQIAO, state, "village",
                "agreement".equals(state) ? "双方同意重新立界桩" : "一方拒绝调解",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}

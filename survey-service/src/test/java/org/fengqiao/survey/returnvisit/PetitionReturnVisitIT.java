package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A replied petition gets one return visit, however often its reply event arrives; 不满意 sends it back. */
@SurveyIT
class PetitionReturnVisitIT {

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
    void aReplyDeliveredTwiceAndRepliedAgainMakesOneVisitWithThePetitionersPhone() {
        PetitionReplied replied = replied("XF330681-20261122-0101");
        UUID eventId = UUID.randomUUID();
        events.publisher.publish(replied, replied.petitionId(), replied.jurisdiction(), eventId);
        events.publisher.publish(replied, replied.petitionId(), replied.jurisdiction(), eventId);
        events.publisher.publish(replied, replied.petitionId(), replied.jurisdiction());

        ReturnVisitScheduled scheduled = events.awaitScheduled(replied.petitionId());
        assertThat(scheduled.caseType()).isEqualTo("petition");
        assertThat(scheduled.caseNumber()).isEqualTo("XF330681-20261122-0101");
        assertThat(scheduled.jurisdiction()).isEqualTo(DemoDivisions.FENGYUAN);
        assertThat(scheduled.citizenName()).isEqualTo("陈某某");
        assertThat(scheduled.citizenPhone()).isEqualTo("13905751234");
        assertThat(scheduled.dueAt()).isEqualTo(policy.dueAt(replied.at(), TimeLimit.workingDays(3)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> events.scheduled(replied.petitionId()).size() == 1);

        web.get().uri("/api/return-visits/{id}", scheduled.returnVisitId())
                .headers(h -> h.setBearerAuth(TestTokens.countySurveyor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.caseType").isEqualTo("petition")
                .jsonPath("$.unit").isEqualTo(DemoDivisions.FENGQIAO)
                .jsonPath("$.state").isEqualTo("pending");
    }

    @Test
    void aSubstantiveDissatisfactionSendsThePetitionBack() {
        PetitionReplied replied = replied("XF330681-20261122-0102");
        events.publisher.publish(replied, replied.petitionId(), replied.jurisdiction());
        String id = events.awaitScheduled(replied.petitionId()).returnVisitId();

        web.post().uri("/api/return-visits/{id}/outcome", id).headers(h -> h.setBearerAuth(TestTokens.countySurveyor()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reached\":true,\"satisfaction\":\"dissatisfied\",\"dissatisfactionKind\":\"substantive\"}")
                .exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(30)).until(() -> !events.dissatisfied(id).isEmpty());
        ReturnVisitDissatisfied dissatisfied = events.dissatisfied(id).get(0);
        assertThat(dissatisfied.caseType()).isEqualTo("petition");
        assertThat(dissatisfied.caseId()).isEqualTo(replied.petitionId());
    }

    private static PetitionReplied replied(String number) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new PetitionReplied(UUID.randomUUID().toString().replace("-", "").substring(0, 24), number, "replied",
                DemoDivisions.FENGQIAO, DemoDivisions.FENGYUAN, at, DemoDivisions.FENGQIAO, "resolved",
                "补偿款已重新核算", null, at.plus(10, ChronoUnit.DAYS), true, at.plus(30, ChronoUnit.DAYS), "陈某某",
                "13905751234", "handler-fengqiao");
    }
}

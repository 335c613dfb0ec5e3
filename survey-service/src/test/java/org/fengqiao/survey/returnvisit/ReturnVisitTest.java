package org.fengqiao.survey.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

class ReturnVisitTest {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final RatingLink LINK = new RatingLink("t", "hash-of-t", "http://localhost:8080/api/public/ratings/t",
            AT.plus(Duration.ofDays(7)));

    @Test
    void schedulingPublishesTheLinkAndThePhoneOnceAndKeepsOnlyTheHash() {
        ReturnVisit visit = visit();
        assertThat(visit.outbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("return-visit.scheduled");
            assertThat(event.payload()).contains("13905751234").contains(LINK.url());
        });
        assertThat(visit.state()).isEqualTo(VisitState.pending);
        assertThat(visit.ratingLinkState(AT)).isEqualTo(RatingLinkState.open);
        assertThat(visit.ratingLinkState(LINK.expiresAt())).isEqualTo(RatingLinkState.expired);
    }

    @Test
    void missedCallsRescheduleUntilTheLastAttemptEndsTheVisitUnreachable() {
        ReturnVisit visit = visit();
        Instant next = AT.plus(Duration.ofDays(1));
        visit.record(notReached(AT), 2, next);
        assertThat(visit.state()).isEqualTo(VisitState.pending);
        assertThat(visit.dueAt()).isEqualTo(next);
        assertThat(visit.outbox()).hasSize(1);

        visit.record(notReached(next), 2, next.plus(Duration.ofDays(1)));
        assertThat(visit.state()).isEqualTo(VisitState.unreachable);
        assertThat(visit.attempts()).hasSize(2);
        assertThat(visit.outbox()).extracting(OutboxEvent::type)
                .containsExactly("return-visit.scheduled", "return-visit.completed");
        assertThat(visit.ratingLinkState(next)).isEqualTo(RatingLinkState.used);
        assertThatThrownBy(() -> visit.record(notReached(next), 2, next)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSubstantiveDissatisfactionAlsoSendsTheCaseBack() {
        ReturnVisit visit = visit();
        visit.record(new Outcome(true, Satisfaction.dissatisfied, DissatisfactionKind.substantive, "没解决",
                ReturnVisits.CITIZEN, AT), 3, AT);
        assertThat(visit.state()).isEqualTo(VisitState.completed);
        assertThat(visit.outbox()).extracting(OutboxEvent::type)
                .containsExactly("return-visit.scheduled", "return-visit.completed", "return-visit.dissatisfied");
    }

    private static ReturnVisit visit() {
        return ReturnVisit.schedule("work-order:w1:e1", new VisitedCase(VisitedCase.WORK_ORDER, "w1", "ZJ-1",
                "330681", "330681101", AT, "王秀英", "13905751234"), LINK, AT, AT.plus(Duration.ofDays(3)));
    }

    private static Outcome notReached(Instant at) {
        return new Outcome(false, null, null, "无人接听", "county-surveyor", at);
    }
}

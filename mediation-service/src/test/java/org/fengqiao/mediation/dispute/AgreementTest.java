package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final Instant OPENED = Instant.parse("2026-11-21T01:00:00Z");
    private static final Instant AGREED = Instant.parse("2026-11-22T02:00:00Z");
    private final TierClocks clocks = TestTierClocks.defaults();
    private final AgreementPolicy policy = AgreementPolicy.defaults();

    @Test
    void schedulingASessionIsActingSoTheMediateClockRuns() {
        Dispute dispute = open();

        dispute.scheduleSession(SessionKind.peoples, AGREED, "村调委会", List.of("调解员甲"), clocks,
                OPENED.plus(Duration.ofHours(2)));

        assertThat(dispute.state()).isEqualTo(DisputeState.mediating);
        assertThat(dispute.clock().orElseThrow().phase()).isEqualTo(ClockPhase.mediate);
        assertThat(dispute.sessions()).singleElement().satisfies(session -> assertThat(session.held()).isFalse());
    }

    @Test
    void anAdjournedSessionKeepsMediatingAndASessionIsRecordedOnce() {
        Dispute dispute = open();
        dispute.scheduleSession(SessionKind.peoples, AGREED, "村调委会", List.of("调解员甲"), clocks, OPENED);

        dispute.recordSession(1, AGREED, List.of("陈某"), "王某未到场", SessionOutcome.adjourned, "改期", List.of(), clocks,
                policy, AGREED);

        assertThat(dispute.state()).isEqualTo(DisputeState.mediating);
        assertThatThrownBy(() -> dispute.recordSession(1, AGREED, List.of("陈某"), "x", SessionOutcome.failed, "x",
                List.of(), clocks, policy, AGREED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aWrittenAgreementRemindsOncePerOverdueTermAndOnceForJudicialConfirmation() {
        Dispute dispute = agreedWith(new NewTerm("赔偿 3000 元", "王某", LocalDate.of(2026, 12, 1)),
                new NewTerm("拆除围墙", "陈某", LocalDate.of(2026, 12, 10)));
        Instant firstDayAfter = Instant.parse("2026-12-01T16:00:00Z");

        assertThat(dispute.nextWakeUp()).contains(firstDayAfter);
        dispute.performTerm(2, LocalDate.of(2026, 12, 5), "mediator", AGREED);
        assertThat(dispute.checkDeadlines(clocks, firstDayAfter)).isTrue();
        assertThat(dispute.checkDeadlines(clocks, Instant.parse("2026-12-12T00:00:00Z"))).isFalse();
        assertThat(dispute.nextWakeUp()).contains(AGREED.plus(Duration.ofDays(23)));
        assertThat(dispute.checkDeadlines(clocks, AGREED.plus(Duration.ofDays(23)))).isTrue();
        assertThat(dispute.checkDeadlines(clocks, AGREED.plus(Duration.ofDays(40)))).isFalse();

        assertThat(dispute.nextWakeUp()).isEmpty();
        assertThat(dispute.outbox()).extracting(event -> event.type()).containsExactly("dispute.opened",
                "dispute.concluded", "dispute.term-overdue", "dispute.judicial-confirmation-due");
    }

    @Test
    void anApplicationForJudicialConfirmationStopsItsReminderAndMustBeInTheWindow() {
        Dispute dispute = agreedWith(new NewTerm("赔偿", "王某", LocalDate.of(2027, 3, 1)));
        Dispute late = agreedWith(new NewTerm("赔偿", "王某", LocalDate.of(2027, 3, 1)));

        dispute.applyForJudicialConfirmation(LocalDate.of(2026, 12, 1));

        assertThat(dispute.checkDeadlines(clocks, AGREED.plus(Duration.ofDays(29)))).isFalse();
        assertThatThrownBy(() -> dispute.applyForJudicialConfirmation(LocalDate.of(2026, 12, 2)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> late.applyForJudicialConfirmation(LocalDate.of(2026, 12, 23)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已超过司法确认申请期限");
    }

    @Test
    void anOralAgreementTracksNothing() {
        Dispute dispute = open();
        dispute.startMediation(clocks, OPENED);

        dispute.agree("双方口头和解", List.of(), policy, AGREED);

        assertThat(dispute.agreement()).isEmpty();
        assertThat(dispute.nextWakeUp()).isEmpty();
        assertThatThrownBy(() -> dispute.performTerm(1, LocalDate.of(2026, 12, 1), "mediator", AGREED))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aBreachedTermSetsTheAgreementAsideAndMediatesAgainAtTheTier() {
        Dispute dispute = agreedWith(new NewTerm("赔偿 3000 元", "王某", LocalDate.of(2026, 12, 1)),
                new NewTerm("拆除围墙", "陈某", LocalDate.of(2026, 12, 10)));
        dispute.performTerm(2, LocalDate.of(2026, 12, 5), "mediator", AGREED);
        Instant found = Instant.parse("2026-12-03T02:00:00Z");

        assertThatThrownBy(() -> dispute.breachTerm(2, LocalDate.of(2026, 12, 3), "x", "mediator", clocks, found))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已于 2026-12-05 履行");
        dispute.breachTerm(1, LocalDate.of(2026, 12, 3), "王某拒绝赔偿", "mediator", clocks, found);

        assertThat(dispute.state()).isEqualTo(DisputeState.mediating);
        assertThat(dispute.tier()).isEqualTo(Tier.village);
        assertThat(dispute.clock().orElseThrow().phase()).isEqualTo(ClockPhase.mediate);
        assertThat(dispute.agreement()).isEmpty();
        assertThat(dispute.pastAgreements()).singleElement()
                .satisfies(past -> assertThat(past.terms().get(0).breach()).isEqualTo("王某拒绝赔偿"));
        assertThat(dispute.reopenings()).singleElement().satisfies(reopening -> {
            assertThat(reopening.cause()).isEqualTo("breach");
            assertThat(reopening.reason()).isEqualTo("协议第 1 项未履行（赔偿 3000 元）：王某拒绝赔偿");
        });
        assertThat(dispute.timeline()).extracting(TimelineEntry::action).endsWith("term_breached", "reopened");
        // The set-aside agreement reminds of nothing any more.
        assertThat(dispute.nextWakeUp()).contains(dispute.clock().orElseThrow().dueAt());
        assertThat(dispute.outbox()).extracting(event -> event.type()).endsWith("dispute.reopened");
        assertThatThrownBy(() -> dispute.breachTerm(1, LocalDate.of(2026, 12, 3), "x", "mediator", clocks, found))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnVisitReopensAConcludedDisputeOncePerVisit() {
        Dispute dispute = agreedWith(new NewTerm("赔偿", "王某", LocalDate.of(2026, 12, 1)));

        assertThat(dispute.reopenableAfter("rv-1")).isTrue();
        dispute.reopenAfterReturnVisit("rv-1", "赔偿款只到了一半", clocks, AGREED.plus(Duration.ofDays(3)));

        assertThat(dispute.state()).isEqualTo(DisputeState.mediating);
        assertThat(dispute.reopenableAfter("rv-1")).isFalse();
        assertThat(dispute.reopenableAfter("rv-2")).isFalse();
        dispute.agree("再次达成协议", List.of(), policy, AGREED.plus(Duration.ofDays(4)));
        assertThat(dispute.reopenableAfter("rv-1")).isFalse();
        assertThat(dispute.reopenableAfter("rv-2")).isTrue();
    }

    @Test
    void aSessionNeedsAnApplicantAndARespondent() {
        Dispute dispute = open();
        dispute.classifyParties(List.of(new Party("陈某", PartyRole.applicant, null),
                new Party("李某", PartyRole.third_party, null)), "mediator", OPENED);

        assertThatThrownBy(() -> dispute.scheduleSession(SessionKind.peoples, AGREED, "村调委会", List.of("调解员甲"),
                clocks, OPENED)).isInstanceOf(ConflictException.class).hasMessageContaining("当事人尚未分类");
        assertThat(dispute.sessions()).isEmpty();
        assertThat(dispute.state()).isEqualTo(DisputeState.accepted);
    }

    private Dispute agreedWith(NewTerm... terms) {
        Dispute dispute = open();
        dispute.scheduleSession(SessionKind.peoples, AGREED, "村调委会", List.of("调解员甲"), clocks, OPENED);
        dispute.recordSession(1, AGREED, List.of("陈某", "王某"), "笔录", SessionOutcome.agreement, "达成协议",
                List.of(terms), clocks, policy, AGREED);
        return dispute;
    }

    private Dispute open() {
        NewDispute details = new NewDispute(DisputeSource.walk_in, "walk_in:x", DisputeType.neighbour, "纠纷", null,
                List.of(new Party("陈某", PartyRole.applicant, null), new Party("王某", PartyRole.respondent, null)), 2,
                null, "村口", Jurisdiction.of("330681101201"), "me");
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(2, null, false, false, false), RiskPolicy.defaults());
        return Dispute.open("d2", details, risk, clocks, OPENED);
    }
}

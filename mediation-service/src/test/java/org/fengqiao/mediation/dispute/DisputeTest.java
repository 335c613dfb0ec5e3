package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final Instant OPENED = Instant.parse("2026-11-21T09:00:00Z");
    private final TierClocks clocks = TestTierClocks.defaults();

    @Test
    void aVillageDisputeStartsAtTheVillageWithADayToAct() {
        Dispute dispute = openAt("330681101201");

        assertThat(dispute.tier()).isEqualTo(Tier.village);
        assertThat(dispute.handlingUnit()).isEqualTo("330681101201");
        assertThat(dispute.state()).isEqualTo(DisputeState.accepted);
        assertThat(dispute.clock()).hasValueSatisfying(clock -> {
            assertThat(clock.phase()).isEqualTo(ClockPhase.act);
            assertThat(clock.dueAt()).isEqualTo(OPENED.plus(Duration.ofDays(1)));
        });
    }

    @Test
    void aTownshipWalkInStartsAtTheTownship() {
        assertThat(openAt("330681102").tier()).isEqualTo(Tier.township);
        assertThat(openAt("330681").handlingUnit()).isEqualTo("330681");
    }

    @Test
    void anOverdueClockEscalatesOneTierOnceWithItsReason() {
        Dispute dispute = openAt("330681101201");

        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofHours(23)))).isFalse();
        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofDays(2)))).isTrue();
        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofDays(2)))).isFalse();

        assertThat(dispute.tier()).isEqualTo(Tier.township);
        assertThat(dispute.handlingUnit()).isEqualTo("330681101");
        assertThat(dispute.state()).isEqualTo(DisputeState.accepted);
        assertThat(dispute.escalations()).singleElement().satisfies(escalation -> {
            assertThat(escalation.cause()).isEqualTo("overdue");
            assertThat(escalation.reason()).isEqualTo("村级调解超过时限（受理后 1 天内未开始调解），自动上报镇级");
        });
        // Escalated on Monday 23 November: the township has 3 working days, to the end of Thursday (Shanghai).
        assertThat(dispute.clock().orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-26T15:59:59.999Z"));
    }

    @Test
    void aMediationLeftUnfinishedEscalatesWhenTheMediateClockRunsOut() {
        Dispute dispute = openAt("330681101201");
        dispute.startMediation(clocks, OPENED.plus(Duration.ofHours(3)));

        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofDays(10)))).isFalse();
        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofDays(16)))).isTrue();

        assertThat(dispute.escalations()).singleElement().extracting(Escalation::reason)
                .isEqualTo("村级调解超过时限（开始调解后 15 天内未达成协议），自动上报镇级");
    }

    @Test
    void failureEscalatesUntilTheCountyWhereItEndsTheMediation() {
        Dispute dispute = openAt("330681101201");

        dispute.fail("双方分歧过大", clocks, OPENED.plus(Duration.ofHours(1)));
        dispute.fail("镇调处中心调解未果", clocks, OPENED.plus(Duration.ofHours(2)));
        assertThat(dispute.tier()).isEqualTo(Tier.county);
        dispute.fail("县调解未果，建议诉讼", clocks, OPENED.plus(Duration.ofHours(3)));

        assertThat(dispute.state()).isEqualTo(DisputeState.failed);
        assertThat(dispute.clock()).isEmpty();
        assertThat(dispute.escalations()).extracting(Escalation::reason)
                .containsExactly("村级调解不成：双方分歧过大", "镇级调解不成：镇调处中心调解未果");
        assertThat(dispute.outbox()).extracting(event -> event.type()).containsExactly("dispute.opened",
                "dispute.escalated", "dispute.escalated", "dispute.concluded");
    }

    @Test
    void anOverdueCountyClockIsMarkedOverdueNotEscalated() {
        Dispute dispute = openAt("330681");

        // Opened on a Saturday: 5 working days run Monday to Friday 27 November.
        assertThat(dispute.checkDeadlines(clocks, Instant.parse("2026-11-27T15:59:00Z"))).isFalse();
        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofDays(7)))).isTrue();

        assertThat(dispute.tier()).isEqualTo(Tier.county);
        assertThat(dispute.overdueAt()).isEqualTo(OPENED.plus(Duration.ofDays(7)));
        assertThat(dispute.clock()).isEmpty();
        assertThat(dispute.outbox()).hasSize(1);
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        Dispute dispute = openAt("330681101201");

        assertThatThrownBy(() -> dispute.agree("协议", List.of(), AgreementPolicy.defaults(), OPENED))
                .isInstanceOf(ConflictException.class);
        dispute.startMediation(clocks, OPENED);
        assertThatThrownBy(() -> dispute.startMediation(clocks, OPENED)).isInstanceOf(ConflictException.class);
        dispute.agree("双方和解", List.of(), AgreementPolicy.defaults(), OPENED.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> dispute.fail("x", clocks, OPENED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> dispute.overrideRisk(3, "x", "me", OPENED)).isInstanceOf(ConflictException.class);

        assertThat(dispute.state()).isEqualTo(DisputeState.agreement);
        assertThat(dispute.outbox()).extracting(event -> event.type())
                .containsExactly("dispute.opened", "dispute.concluded");
    }

    @Test
    void aDiversionEndsMediationOnceAndStopsTheClock() {
        Dispute dispute = openAt("330681101201");

        dispute.divert(DiversionChannel.petition, "涉及征地补偿政策", OPENED.plus(Duration.ofHours(1)));

        assertThat(dispute.state()).isEqualTo(DisputeState.diverted);
        assertThat(dispute.nextWakeUp()).isEmpty();
        assertThatThrownBy(() -> dispute.divert(DiversionChannel.litigation, "x", OPENED))
                .isInstanceOf(ConflictException.class);
        assertThat(dispute.checkDeadlines(clocks, OPENED.plus(Duration.ofDays(9)))).isFalse();
    }

    @Test
    void aDisputeThatFailedAtTheCountyMayStillGoToCourt() {
        Dispute dispute = openAt("330681");
        dispute.fail("调解不成", clocks, OPENED);

        dispute.divert(DiversionChannel.litigation, "引导当事人诉讼", OPENED.plus(Duration.ofHours(1)));

        assertThat(dispute.diversion()).hasValueSatisfying(diversion ->
                assertThat(diversion.channel()).isEqualTo(DiversionChannel.litigation));
    }

    private Dispute openAt(String place) {
        NewDispute details = new NewDispute(DisputeSource.walk_in, "walk_in:" + place, DisputeType.neighbour,
                "邻里排水纠纷", null, List.of(new Party("陈某", PartyRole.applicant, null),
                        new Party("王某", PartyRole.respondent, null)), 2, null, "村口", Jurisdiction.of(place), "me");
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(2, null, false, false, false), RiskPolicy.defaults());
        return Dispute.open("d1", details, risk, clocks, OPENED);
    }
}

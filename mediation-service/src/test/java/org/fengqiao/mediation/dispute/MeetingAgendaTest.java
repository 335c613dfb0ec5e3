package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;
import org.junit.jupiter.api.Test;

class MeetingAgendaTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private final TierClocks clocks = TestTierClocks.defaults();

    @Test
    void disputesOpenLongerThanTheAgeAreLongUnresolvedAndRiskComesFirst() {
        Dispute old = open("a", 2, NOW.minus(Duration.ofDays(45)));
        Dispute fresh = open("b", 6, NOW.minus(Duration.ofDays(2)));

        MeetingAgenda agenda = MeetingAgenda.of("330681101201", Tier.village, List.of(old, fresh),
                Duration.ofDays(30), NOW);

        assertThat(agenda.byRisk()).extracting(AgendaItem::disputeId).containsExactly("b", "a");
        assertThat(agenda.longUnresolved()).singleElement().satisfies(item -> {
            assertThat(item.disputeId()).isEqualTo("a");
            assertThat(item.ageDays()).isEqualTo(45);
            assertThat(item.why()).contains("久调不决：已 45 天未化解");
        });
        assertThat(agenda.escalatedIn()).isEmpty();
    }

    @Test
    void kpisCountOnlyWhatTheyDefine() {
        Dispute agreedLocally = open("a", 2, NOW);
        agreedLocally.startMediation(clocks, NOW);
        agreedLocally.agree("和解", List.of(), AgreementPolicy.defaults(), NOW.plus(Duration.ofDays(3)));
        Dispute failedAtCounty = open("b", 2, NOW);
        failedAtCounty.fail("x", clocks, NOW);
        failedAtCounty.fail("x", clocks, NOW);
        failedAtCounty.fail("x", clocks, NOW.plus(Duration.ofDays(1)));

        MediationKpis kpis = MediationKpis.of("330681101201", null, null, List.of(agreedLocally, failedAtCounty,
                open("c", 2, NOW)), 1);

        assertThat(kpis.successRate()).isEqualTo(0.5);
        assertThat(kpis.localResolutionRate()).isEqualTo(1.0);
        assertThat(kpis.averageDurationDays()).isEqualTo(2.0);
        assertThat(kpis.open()).isEqualTo(1);
    }

    private Dispute open(String id, int people, Instant at) {
        NewDispute details = new NewDispute(DisputeSource.walk_in, "walk_in:" + id, DisputeType.neighbour, "纠纷",
                null, List.of(), people, null, "村口", Jurisdiction.of("330681101201"), "me");
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(people, null, false, false, false),
                RiskPolicy.defaults());
        return Dispute.open(id, details, risk, clocks, at);
    }
}

package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeReopened;
import org.fengqiao.events.mediation.v1.DisputeJudicialConfirmationDue;
import org.fengqiao.events.mediation.v1.DisputeRiskOverridden;
import org.fengqiao.events.mediation.v1.DisputeTermOverdue;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.security.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * Both sides of the contracts: the golden field report reads into a dispute, and what the dispute writes is exactly
 * each mediation event's golden sample.
 */
class DisputeEventsTest {

    private final EventJson json = EventJson.standard();
    private final TierClocks clocks = TestTierClocks.defaults();

    @Test
    void theGoldenDisputeSignOpensADisputeAnnouncedAsInTheGoldenSample() {
        DisputeOpened sample = GoldenSamples.read(json, DisputeOpened.class);

        Dispute dispute = openedFromTheGoldenReport(sample.disputeId(), sample.at());

        assertThat(dispute.outbox()).singleElement().satisfies(event -> assertMatchesSample(event, sample));
    }

    @Test
    void anOverdueVillageClockEscalatesAsInTheGoldenSample() {
        DisputeEscalated sample = GoldenSamples.read(json, DisputeEscalated.class);
        Dispute dispute = openedFromTheGoldenReport(sample.disputeId(), Instant.parse("2026-11-21T09:02:14Z"));

        assertThat(dispute.checkDeadlines(clocks, sample.at())).isTrue();

        assertThat(dispute.outbox()).hasSize(2);
        assertMatchesSample(dispute.outbox().get(1), sample);
    }

    @Test
    void anAgreementAtTheTownshipConcludesAsInTheGoldenSample() {
        DisputeConcluded sample = GoldenSamples.read(json, DisputeConcluded.class);
        Dispute dispute = openedFromTheGoldenReport(sample.disputeId(), Instant.parse("2026-11-21T09:02:14Z"));
        dispute.checkDeadlines(clocks, Instant.parse("2026-11-22T09:02:14Z"));
        dispute.startMediation(clocks, Instant.parse("2026-11-23T01:00:00Z"));

        dispute.agree(sample.summary(), List.of(), AgreementPolicy.defaults(), sample.at());

        assertMatchesSample(dispute.outbox().get(2), sample);
    }

    @Test
    void aHandSetGradeIsAnnouncedAsInTheGoldenSample() {
        DisputeRiskOverridden sample = GoldenSamples.read(json, DisputeRiskOverridden.class);
        Dispute dispute = openedFromTheGoldenReport(sample.disputeId(), Instant.parse("2026-11-21T09:02:14Z"));

        dispute.overrideRisk(sample.riskGrade(), sample.reason(), sample.by(), sample.at());

        assertMatchesSample(dispute.outbox().get(1), sample);
    }

    @Test
    void anUnperformedTermAndTheClosingJudicialWindowRemindAsInTheGoldenSamples() {
        DisputeTermOverdue term = GoldenSamples.read(json, DisputeTermOverdue.class);
        DisputeJudicialConfirmationDue judicial = GoldenSamples.read(json, DisputeJudicialConfirmationDue.class);
        Dispute dispute = openedFromTheGoldenReport(term.disputeId(), Instant.parse("2026-11-21T09:02:14Z"));
        classify(dispute);
        dispute.scheduleSession(SessionKind.peoples, Instant.parse("2026-11-22T01:00:00Z"), "枫源村调委会",
                List.of("枫源村调解员"), clocks, Instant.parse("2026-11-21T10:00:00Z"));
        dispute.recordSession(1, Instant.parse("2026-11-22T01:00:00Z"), List.of("陈某", "王某"), "笔录",
                SessionOutcome.agreement, "双方同意立界桩",
                List.of(new NewTerm(term.description(), term.responsibleParty(), term.dueDate())), clocks,
                AgreementPolicy.defaults(), judicial.agreedAt());

        assertThat(dispute.checkDeadlines(clocks, term.at().minusSeconds(1))).isFalse();
        assertThat(dispute.checkDeadlines(clocks, term.at())).isTrue();
        assertThat(dispute.checkDeadlines(clocks, judicial.at())).isTrue();

        assertMatchesSample(dispute.outbox().get(2), term);
        assertMatchesSample(dispute.outbox().get(3), judicial);
    }

    @Test
    void aDiversionToThePetitionChannelCarriesWhatAPetitionNeedsAsInTheGoldenSample() {
        DisputeDiverted sample = GoldenSamples.read(json, DisputeDiverted.class);
        List<Party> parties = sample.parties().stream()
                .map(party -> new Party(party.name(), PartyRole.valueOf(party.role()), party.phone())).toList();
        NewDispute details = new NewDispute(DisputeSource.walk_in, "walk_in:1", DisputeType.valueOf(sample.type()),
                sample.summary(), sample.description(), parties, sample.peopleInvolved(), 200_000L, sample.address(),
                Jurisdiction.of(sample.jurisdiction()), "mediator-fengyuan");
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(2, 200_000L, false, false, false),
                RiskPolicy.defaults());
        Dispute dispute = Dispute.open(sample.disputeId(), details, risk, clocks, Instant.parse("2026-11-22T02:00:00Z"));

        dispute.divert(DiversionChannel.valueOf(sample.channel()), sample.reason(), sample.at());

        assertMatchesSample(dispute.outbox().get(1), sample);
    }

    @Test
    void aBreachedTermReopensAsInTheGoldenSample() {
        DisputeReopened sample = GoldenSamples.read(json, DisputeReopened.class);
        Dispute dispute = openedFromTheGoldenReport(sample.disputeId(), Instant.parse("2026-11-20T09:02:14Z"));
        classify(dispute);
        dispute.startMediation(clocks, Instant.parse("2026-11-20T10:00:00Z"));
        dispute.agree("王某负责疏通", List.of(new NewTerm("王某疏通排水沟", "王某", LocalDate.of(2026, 11, 21))),
                AgreementPolicy.defaults(), Instant.parse("2026-11-20T11:00:00Z"));

        dispute.breachTerm(1, LocalDate.of(2026, 11, 22), "到期未疏通", "mediator-fengyuan", clocks, sample.at());

        assertMatchesSample(dispute.outbox().get(dispute.outbox().size() - 1), sample);
    }

    private static void classify(Dispute dispute) {
        dispute.classifyParties(List.of(new Party("陈某", PartyRole.applicant, null),
                new Party("王某", PartyRole.respondent, null)), "mediator-fengyuan", Instant.parse("2026-11-21T09:30:00Z"));
    }

    private Dispute openedFromTheGoldenReport(String id, Instant at) {
        FieldReportSubmitted report = GoldenSamples.read(json, FieldReportSubmitted.class);
        assertThat(FieldReportListener.opensDispute(report)).isTrue();
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(report.peopleInvolved(), null, false, false, false),
                RiskPolicy.defaults());
        return Dispute.open(id, FieldReportListener.fromReport(report), risk, clocks, at);
    }

    private void assertMatchesSample(OutboxEvent event, Object sample) {
        assertThat(event.type()).isEqualTo(json.catalog().typeIdOf(sample.getClass()).type());
        assertThat(json.parse(event.payload()))
                .isEqualTo(json.parse(GoldenSamples.json(json.catalog().typeIdOf(sample.getClass()))));
        assertThat(List.of(event.key(), event.jurisdiction())).containsExactly(
                json.parse(event.payload()).get("disputeId").asString(), "330681101201");
    }
}

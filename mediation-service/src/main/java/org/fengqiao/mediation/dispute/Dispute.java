package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeRiskOverridden;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 矛盾纠纷: one dispute, the tier mediating it and that tier's clock. Every change appends the event it causes
 * to the outbox in the same document write.
 */
@Document(Dispute.COLLECTION)
class Dispute {

    static final String COLLECTION = "disputes";

    @Id
    private final String id;
    @Version
    private Long version;
    private final DisputeSource source;
    /** Unique: what the dispute came from, so a repeated report or request finds the dispute already open. */
    private final String sourceReference;
    private final DisputeType type;
    private final String summary;
    private final String description;
    private final List<Party> parties;
    private final int peopleInvolved;
    private final Long amount;
    private final String address;
    /** Division code of the place (usually a village); scope checks use it. */
    private final String jurisdiction;
    private final Tier startedTier;
    private Tier tier;
    private DisputeState state;
    private RiskAssessment risk;
    private TierClock clock;
    private Instant overdueAt;
    private final List<Escalation> escalations;
    private final Instant openedAt;
    private final String openedBy;
    private Instant concludedAt;
    private String conclusion;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    Dispute(String id, Long version, DisputeSource source, String sourceReference, DisputeType type, String summary,
            String description, List<Party> parties, int peopleInvolved, Long amount, String address,
            String jurisdiction, Tier startedTier, Tier tier, DisputeState state, RiskAssessment risk, TierClock clock,
            Instant overdueAt, List<Escalation> escalations, Instant openedAt, String openedBy, Instant concludedAt,
            String conclusion, List<OutboxEvent> outbox) {
        this.id = id;
        this.version = version;
        this.source = source;
        this.sourceReference = sourceReference;
        this.type = type;
        this.summary = summary;
        this.description = description;
        this.parties = parties == null ? List.of() : List.copyOf(parties);
        this.peopleInvolved = peopleInvolved;
        this.amount = amount;
        this.address = address;
        this.jurisdiction = jurisdiction;
        this.startedTier = startedTier;
        this.tier = tier;
        this.state = state;
        this.risk = risk;
        this.clock = clock;
        this.overdueAt = overdueAt;
        this.escalations = escalations == null ? new ArrayList<>() : new ArrayList<>(escalations);
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.concludedAt = concludedAt;
        this.conclusion = conclusion;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** 受理: a new dispute at the lowest tier competent for its place, with that tier's act clock running. */
    static Dispute open(String id, NewDispute details, RiskAssessment risk, ClockPolicy clocks, Instant now) {
        Tier tier = Tier.of(details.place());
        String place = details.place().code();
        Dispute dispute = new Dispute(id, null, details.source(), details.sourceReference(), details.type(),
                details.summary(), details.description(), details.parties(), details.peopleInvolved(),
                details.amount(), details.address(), place, tier, tier, DisputeState.accepted, risk,
                TierClock.start(tier, ClockPhase.act, now, clocks), null, List.of(), now, details.openedBy(), null,
                null, List.of());
        dispute.record(new DisputeOpened(id, details.source().name(), details.sourceReference(),
                details.type().name(), details.summary(), place, tier.name(), dispute.handlingUnit(),
                dispute.state.name(), risk.grade(), risk.reasons(), details.peopleInvolved(), details.amount(),
                dispute.clock.dueAt(), now), now);
        return dispute;
    }

    /** 开始调解: the current tier takes it up; its mediate clock replaces the act clock. */
    void startMediation(ClockPolicy clocks, Instant now) {
        if (state != DisputeState.accepted) {
            throw new ConflictException("纠纷当前状态为「%s」，只有已受理的纠纷才能开始调解".formatted(stateLabel()));
        }
        state = DisputeState.mediating;
        clock = TierClock.start(tier, ClockPhase.mediate, now, clocks);
    }

    /** 达成调解协议. */
    void agree(String summary, Instant now) {
        if (state != DisputeState.mediating) {
            throw new ConflictException("纠纷当前状态为「%s」，只有调解中的纠纷才能达成协议".formatted(stateLabel()));
        }
        conclude(DisputeState.agreement, summary, now);
    }

    /** 调解不成: a lower tier's failure escalates one tier; the county's ends the mediation. */
    void fail(String reason, ClockPolicy clocks, Instant now) {
        if (!state.open()) {
            throw new ConflictException("纠纷已%s，不能再登记调解不成".formatted(stateLabel()));
        }
        if (tier.next().isPresent()) {
            escalate("failed", "%s调解不成：%s".formatted(tier.label(), reason), clocks, now);
        } else {
            conclude(DisputeState.failed, reason, now);
        }
    }

    /**
     * The clock check of the escalation scan: when the current tier's clock has run out, escalates one tier (once:
     * the next tier gets a fresh clock); at the county, the last tier, marks the dispute overdue instead.
     *
     * @return whether anything changed
     */
    boolean checkClock(ClockPolicy clocks, Instant now) {
        if (!state.open() || clock == null || !clock.expiredAt(now)) {
            return false;
        }
        if (tier.next().isPresent()) {
            escalate("overdue", clock.overdueReason(), clocks, now);
        } else {
            overdueAt = now;
            clock = null;
        }
        return true;
    }

    /** 风险等级调整 by hand, with the reason kept next to the derived grade. */
    void overrideRisk(int grade, String reason, String by, Instant now) {
        if (!state.open()) {
            throw new ConflictException("纠纷已%s，不能再调整风险等级".formatted(stateLabel()));
        }
        risk = risk.overriddenBy(new RiskAssessment.ManualGrade(grade, reason, by, now));
        record(new DisputeRiskOverridden(id, jurisdiction, tier.name(), state.name(), risk.derivedGrade(), grade,
                reason, by, now), now);
    }

    private void escalate(String cause, String reason, ClockPolicy clocks, Instant now) {
        Tier from = tier;
        tier = tier.next().orElseThrow();
        state = DisputeState.accepted;
        clock = TierClock.start(tier, ClockPhase.act, now, clocks);
        escalations.add(new Escalation(from, tier, cause, reason, now));
        record(new DisputeEscalated(id, jurisdiction, from.name(), tier.name(), handlingUnit(), state.name(), cause,
                reason, risk.grade(), clock.dueAt(), now), now);
    }

    private void conclude(DisputeState outcome, String summary, Instant now) {
        state = outcome;
        clock = null;
        concludedAt = now;
        conclusion = summary;
        record(new DisputeConcluded(id, jurisdiction, tier.name(), handlingUnit(), state.name(), startedTier.name(),
                summary, now), now);
    }

    private void record(Object event, Instant now) {
        outbox.add(OutboxEvent.of(event, id, jurisdiction, now));
    }

    private String stateLabel() {
        return switch (state) {
            case accepted -> "受理";
            case mediating -> "调解中";
            case agreement -> "达成协议";
            case failed -> "调解不成终结";
        };
    }

    /** Division code of the unit mediating at the current tier. */
    String handlingUnit() {
        return tier.unitOf(jurisdiction);
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    DisputeSource source() {
        return source;
    }

    String sourceReference() {
        return sourceReference;
    }

    DisputeType type() {
        return type;
    }

    String summary() {
        return summary;
    }

    String description() {
        return description;
    }

    List<Party> parties() {
        return parties;
    }

    int peopleInvolved() {
        return peopleInvolved;
    }

    Long amount() {
        return amount;
    }

    String address() {
        return address;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    Tier startedTier() {
        return startedTier;
    }

    Tier tier() {
        return tier;
    }

    DisputeState state() {
        return state;
    }

    RiskAssessment risk() {
        return risk;
    }

    Optional<TierClock> clock() {
        return Optional.ofNullable(clock);
    }

    Instant overdueAt() {
        return overdueAt;
    }

    List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    Instant openedAt() {
        return openedAt;
    }

    String openedBy() {
        return openedBy;
    }

    Instant concludedAt() {
        return concludedAt;
    }

    String conclusion() {
        return conclusion;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}

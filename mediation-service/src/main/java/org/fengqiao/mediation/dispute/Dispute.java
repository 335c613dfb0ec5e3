package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeJudicialConfirmationDue;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeReopened;
import org.fengqiao.events.mediation.v1.DisputeRiskOverridden;
import org.fengqiao.events.mediation.v1.DisputeTermOverdue;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.NotFoundException;
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
    private List<Party> parties;
    private final int peopleInvolved;
    private final Long amount;
    private final String address;
    /** 村民小组 named at opening (e.g. {@code 3组}); such a dispute starts at the group's party branch. */
    private final String villagerGroup;
    /** Division code of the place (usually a village); scope checks use it. */
    private final String jurisdiction;
    private final Tier startedTier;
    private Tier tier;
    private DisputeState state;
    private RiskAssessment risk;
    private TierClock clock;
    private Instant overdueAt;
    private final List<Escalation> escalations;
    private final List<Session> sessions;
    private Agreement agreement;
    private final Instant openedAt;
    private final String openedBy;
    private Instant concludedAt;
    private String conclusion;
    private Diversion diversion;
    /** The return visit of the current agreement, once it ended without sending the dispute back. */
    private ReturnVisitNote returnVisit;
    private Instant closedAt;
    /** Agreements a reopening set aside (breached, or not accepted at the return visit), oldest first. */
    private final List<Agreement> pastAgreements;
    private final List<Reopening> reopenings;
    private final List<TimelineEntry> timeline;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    Dispute(String id, Long version, DisputeSource source, String sourceReference, DisputeType type, String summary,
            String description, List<Party> parties, int peopleInvolved, Long amount, String address,
            String villagerGroup, String jurisdiction, Tier startedTier, Tier tier, DisputeState state, RiskAssessment risk, TierClock clock,
            Instant overdueAt, List<Escalation> escalations, List<Session> sessions, Agreement agreement,
            Instant openedAt, String openedBy, Instant concludedAt,
            String conclusion, Diversion diversion, ReturnVisitNote returnVisit, Instant closedAt,
            List<Agreement> pastAgreements, List<Reopening> reopenings,
            List<TimelineEntry> timeline, List<OutboxEvent> outbox) {
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
        this.villagerGroup = villagerGroup;
        this.jurisdiction = jurisdiction;
        this.startedTier = startedTier;
        this.tier = tier;
        this.state = state;
        this.risk = risk;
        this.clock = clock;
        this.overdueAt = overdueAt;
        this.escalations = escalations == null ? new ArrayList<>() : new ArrayList<>(escalations);
        this.sessions = sessions == null ? new ArrayList<>() : new ArrayList<>(sessions);
        this.agreement = agreement;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.concludedAt = concludedAt;
        this.conclusion = conclusion;
        this.diversion = diversion;
        this.returnVisit = returnVisit;
        this.closedAt = closedAt;
        this.pastAgreements = pastAgreements == null ? new ArrayList<>() : new ArrayList<>(pastAgreements);
        this.reopenings = reopenings == null ? new ArrayList<>() : new ArrayList<>(reopenings);
        this.timeline = timeline == null ? new ArrayList<>() : new ArrayList<>(timeline);
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** 受理: a new dispute at the lowest tier competent for its place, with that tier's act clock running. */
    static Dispute open(String id, NewDispute details, RiskAssessment risk, TierClocks clocks, Instant now) {
        Tier tier = Tier.start(details.place(), details.villagerGroup());
        String place = details.place().code();
        Dispute dispute = new Dispute(id, null, details.source(), details.sourceReference(), details.type(),
                details.summary(), details.description(), details.parties(), details.peopleInvolved(),
                details.amount(), details.address(), details.villagerGroup(), place, tier, tier, DisputeState.accepted, risk,
                clocks.start(tier, ClockPhase.act, now), null, List.of(), List.of(), null, now,
                details.openedBy(), null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
        dispute.log(now, "opened", "%s受理：%s".formatted(tier.label(), details.summary()), details.openedBy());
        dispute.record(new DisputeOpened(id, details.source().name(), details.sourceReference(),
                details.type().name(), details.summary(), place, tier.name(), dispute.handlingUnit(),
                dispute.state.name(), risk.grade(), risk.reasons(), details.peopleInvolved(), details.amount(),
                dispute.clock.dueAt(), now), now);
        return dispute;
    }

    /** 开始调解: the current tier takes it up; its mediate clock replaces the act clock. */
    void startMediation(TierClocks clocks, Instant now) {
        if (state != DisputeState.accepted) {
            throw new ConflictException("纠纷当前状态为「%s」，只有已受理的纠纷才能开始调解".formatted(stateLabel()));
        }
        state = DisputeState.mediating;
        clock = clocks.start(tier, ClockPhase.mediate, now);
        log(now, "mediation_started", "%s开始调解".formatted(tier.label()), null);
    }

    /**
     * 达成调解协议. With terms it is a written agreement (书面协议) whose performance and judicial-confirmation window
     * are tracked; without, an oral one (口头协议) recorded by its summary.
     */
    void agree(String summary, List<NewTerm> terms, AgreementPolicy policy, Instant now) {
        if (state != DisputeState.mediating) {
            throw new ConflictException("纠纷当前状态为「%s」，只有调解中的纠纷才能达成协议".formatted(stateLabel()));
        }
        if (!terms.isEmpty()) {
            List<AgreementTerm> numbered = new ArrayList<>();
            for (NewTerm term : terms) {
                numbered.add(AgreementTerm.of(numbered.size() + 1, term.description(), term.responsibleParty(),
                        term.dueDate()));
            }
            agreement = Agreement.reached(now, tier, numbered, policy);
        }
        conclude(DisputeState.agreement, summary, now);
    }

    /** 安排调解: scheduling a session is the tier acting, so an accepted dispute starts mediating. */
    Session scheduleSession(SessionKind kind, Instant scheduledAt, String place, List<String> mediators,
                            TierClocks clocks, Instant now) {
        if (!state.open()) {
            throw new ConflictException("纠纷已%s，不能再安排调解".formatted(stateLabel()));
        }
        requireClassifiedParties();
        if (state == DisputeState.accepted) {
            startMediation(clocks, now);
        }
        Session session = new Session(sessions.size() + 1, tier, kind, scheduledAt, place, List.copyOf(mediators),
                null, List.of(), null, null);
        sessions.add(session);
        log(now, "session_scheduled", "安排第 %d 次调解（%s，%s）".formatted(session.no(), place, scheduledAt), null);
        return session;
    }

    /**
     * 调解记录: a scheduled session took place. Its outcome moves the dispute: an agreement concludes it, a failure
     * escalates it (or ends it at the county), partial and adjourned keep it mediating.
     */
    void recordSession(int no, Instant heldAt, List<String> attendees, String minutes, SessionOutcome outcome,
                       String summary, List<NewTerm> terms, TierClocks clocks, AgreementPolicy policy, Instant now) {
        Session session = session(no);
        if (session.held()) {
            throw new ConflictException("第 %d 次调解已记录，不能重复记录".formatted(no));
        }
        if (session.tier() != tier || state != DisputeState.mediating) {
            throw new ConflictException("纠纷已不在%s调解中（当前：%s%s），不能记录该次调解"
                    .formatted(session.tier().label(), tier.label(), stateLabel()));
        }
        requireClassifiedParties();
        sessions.set(no - 1, session.heldWith(heldAt, attendees, minutes, outcome));
        log(now, "session_held", "第 %d 次调解：%s".formatted(no, switch (outcome) {
            case agreement -> "达成协议";
            case partial -> "部分达成";
            case failed -> "调解不成";
            case adjourned -> "休会";
        }), null);
        switch (outcome) {
            case agreement -> agree(summary, terms, policy, now);
            case failed -> fail(summary, clocks, now);
            case partial, adjourned -> {
            }
        }
    }

    /** 履行: a term of the written agreement was performed. */
    void performTerm(int no, LocalDate on, String by, Instant now) {
        AgreementTerm term = term(no);
        if (term.performedOn() != null) {
            throw new ConflictException("协议第 %d 项已于 %s 履行".formatted(no, term.performedOn()));
        }
        if (term.breachedOn() != null) {
            throw new ConflictException("协议第 %d 项已于 %s 登记为未履行".formatted(no, term.breachedOn()));
        }
        agreement = agreement.withTerm(term.performed(on));
        log(now, "term_performed", "协议第 %d 项已于 %s 履行".formatted(no, on), by);
        closeIfDone(now);
    }

    /**
     * 不履行: a term of the agreement was not performed, so the agreement failed and the dispute goes back to
     * mediation at its tier.
     */
    void breachTerm(int no, LocalDate on, String what, String by, TierClocks clocks, Instant now) {
        AgreementTerm term = term(no);
        if (state != DisputeState.agreement) {
            throw new ConflictException("纠纷当前状态为「%s」，只有已达成协议的纠纷才能登记协议未履行".formatted(stateLabel()));
        }
        if (term.performedOn() != null) {
            throw new ConflictException("协议第 %d 项已于 %s 履行，不能登记为未履行".formatted(no, term.performedOn()));
        }
        agreement = agreement.withTerm(term.breached(on, what));
        log(now, "term_breached", "协议第 %d 项（%s）未履行：%s".formatted(no, term.description(), what), by);
        reopen(Reopening.BREACH, "协议第 %d 项未履行（%s）：%s".formatted(no, term.description(), what), "term:" + no,
                by, clocks, now);
    }

    /** Whether a return visit's dissatisfaction would reopen this dispute: it is concluded and not yet reopened by it. */
    boolean reopenableAfter(String returnVisitId) {
        return (state == DisputeState.agreement || state == DisputeState.failed)
                && reopenings.stream().noneMatch(reopening -> returnVisitId.equals(reopening.reference()));
    }

    /** 回访不满意: the parties are not satisfied with how the dispute ended, so it is mediated again at its tier. */
    void reopenAfterReturnVisit(String returnVisitId, String comment, TierClocks clocks, Instant now) {
        if (!reopenableAfter(returnVisitId)) {
            throw new ConflictException("纠纷当前状态为「%s」，不能因回访不满意重新调解".formatted(stateLabel()));
        }
        reopen(Reopening.RETURN_VISIT, "回访不满意" + (comment == null || comment.isBlank() ? "" : "：" + comment),
                returnVisitId, null, clocks, now);
    }

    /** Whether a return visit's end would be noted: the dispute holds an agreement whose visit has not ended yet. */
    boolean awaitsReturnVisit(String returnVisitId) {
        return state == DisputeState.agreement && returnVisit == null
                && reopenings.stream().noneMatch(reopening -> returnVisitId.equals(reopening.reference()));
    }

    /**
     * 回访 ended without sending the dispute back (满意, 基本满意, a subjective 不满意, or 无法联系 after every attempt).
     * Once the agreement is also performed, the dispute is closed (结案); an oral agreement has nothing to perform.
     */
    void returnVisited(ReturnVisitNote visit, Instant now) {
        if (!awaitsReturnVisit(visit.returnVisitId())) {
            throw new ConflictException("纠纷当前状态为「%s」，不能登记回访结果".formatted(stateLabel()));
        }
        returnVisit = visit;
        log(now, "return_visited", "回访：" + visit.label(), null);
        closeIfDone(now);
    }

    /** 当事人分类: the parties with their roles, e.g. for a dispute a grid worker reported without them. */
    void classifyParties(List<Party> classified, String by, Instant now) {
        if (!state.open()) {
            throw new ConflictException("纠纷已%s，不能再修改当事人".formatted(stateLabel()));
        }
        parties = List.copyOf(classified);
        log(now, "parties_classified", "当事人：" + String.join("、", classified.stream()
                .map(party -> "%s（%s）".formatted(party.name(), party.role().label())).toList()), by);
    }

    /** 申请司法确认: the parties applied within the window. */
    void applyForJudicialConfirmation(LocalDate on) {
        if (agreement == null) {
            throw new ConflictException("该纠纷没有书面调解协议，无需申请司法确认");
        }
        if (agreement.judicialAppliedOn() != null) {
            throw new ConflictException("已于 %s 申请司法确认".formatted(agreement.judicialAppliedOn()));
        }
        if (on.isAfter(LocalDate.ofInstant(agreement.judicialDeadline(), AgreementTerm.ZONE))) {
            throw new ConflictException("已超过司法确认申请期限（%s）"
                    .formatted(LocalDate.ofInstant(agreement.judicialDeadline(), AgreementTerm.ZONE)));
        }
        agreement = agreement.judicialApplied(on);
    }

    /** 调解不成: a lower tier's failure escalates one tier; the county's ends the mediation. */
    void fail(String reason, TierClocks clocks, Instant now) {
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
     * The deadline check of the scan. When the current tier's clock has run out, escalates one tier (once: the next
     * tier gets a fresh clock); at the county, the last tier, marks the dispute overdue instead. Reminds once of
     * every agreement term past its due date and of the closing judicial-confirmation window.
     *
     * @return whether anything changed
     */
    boolean checkDeadlines(TierClocks clocks, Instant now) {
        boolean changed = false;
        if (state.open() && clock != null && clock.expiredAt(now)) {
            if (tier.next().isPresent()) {
                escalate("overdue", clock.overdueReason(), clocks, now);
            } else {
                overdueAt = now;
                clock = null;
            }
            changed = true;
        }
        if (agreement != null) {
            for (AgreementTerm term : agreement.terms()) {
                if (term.awaitsReminder() && !term.overdueFrom().isAfter(now)) {
                    agreement = agreement.withTerm(term.reminded(now));
                    record(new DisputeTermOverdue(id, jurisdiction, agreement.tier().name(),
                            agreement.tier().unitOf(jurisdiction), term.no(), term.description(),
                            term.responsibleParty(), term.dueDate(), now), now);
                    changed = true;
                }
            }
            if (agreement.awaitsJudicialReminder() && !agreement.judicialReminderAt().isAfter(now)) {
                agreement = agreement.judicialReminded(now);
                record(new DisputeJudicialConfirmationDue(id, jurisdiction, agreement.tier().name(),
                        agreement.tier().unitOf(jurisdiction), agreement.agreedAt(), agreement.judicialDeadline(),
                        now), now);
                changed = true;
            }
        }
        return changed;
    }

    /** The earliest moment the scan has something to do for this dispute, if any. */
    Optional<Instant> nextWakeUp() {
        Stream<Instant> tierClock = Stream.ofNullable(state.open() ? clock : null).map(TierClock::dueAt);
        Stream<Instant> reminders = agreement == null ? Stream.empty() : Stream.concat(
                agreement.terms().stream().filter(AgreementTerm::awaitsReminder).map(AgreementTerm::overdueFrom),
                Stream.ofNullable(agreement.awaitsJudicialReminder() ? agreement.judicialReminderAt() : null));
        return Stream.concat(tierClock, reminders).min(Comparator.naturalOrder());
    }

    /**
     * 分流: an open dispute, or one whose mediation failed at the county, goes to another channel; its clock stops
     * and pending reminders are dropped with it.
     */
    void divert(DiversionChannel channel, String reason, Instant now) {
        if (!state.open() && state != DisputeState.failed) {
            throw new ConflictException("纠纷已%s，不能再分流".formatted(stateLabel()));
        }
        state = DisputeState.diverted;
        clock = null;
        concludedAt = concludedAt == null ? now : concludedAt;
        diversion = new Diversion(channel, reason, now);
        log(now, "diverted", "分流至%s渠道：%s".formatted(channel.label(), reason), null);
        record(new DisputeDiverted(id, jurisdiction, tier.name(), handlingUnit(), channel.name(), reason, type.name(),
                summary, description, address, parties.stream()
                        .map(party -> new DisputeDiverted.Party(party.name(), party.role().name(), party.phone()))
                        .toList(), peopleInvolved, risk.grade(), now), now);
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

    private Session session(int no) {
        if (no < 1 || no > sessions.size()) {
            throw new NotFoundException("第 %d 次调解不存在".formatted(no));
        }
        return sessions.get(no - 1);
    }

    private AgreementTerm term(int no) {
        if (agreement == null) {
            throw new ConflictException("该纠纷没有书面调解协议");
        }
        if (no < 1 || no > agreement.terms().size()) {
            throw new NotFoundException("协议第 %d 项不存在".formatted(no));
        }
        return agreement.terms().get(no - 1);
    }

    private void escalate(String cause, String reason, TierClocks clocks, Instant now) {
        Tier from = tier;
        tier = tier.next().orElseThrow();
        state = DisputeState.accepted;
        clock = clocks.start(tier, ClockPhase.act, now);
        escalations.add(new Escalation(from, tier, cause, reason, now));
        log(now, "escalated", "上报%s：%s".formatted(tier.label(), reason), null);
        record(new DisputeEscalated(id, jurisdiction, from.name(), tier.name(), handlingUnit(), state.name(), cause,
                reason, risk.grade(), clock.dueAt(), now), now);
    }

    private void conclude(DisputeState outcome, String summary, Instant now) {
        state = outcome;
        clock = null;
        concludedAt = now;
        conclusion = summary;
        log(now, "concluded", "%s%s：%s".formatted(tier.label(), stateLabel(), summary), null);
        record(new DisputeConcluded(id, jurisdiction, tier.name(), handlingUnit(), state.name(), startedTier.name(),
                summary, now), now);
    }

    /** 结案: the agreement was performed and its return visit ended. */
    private void closeIfDone(Instant now) {
        if (state == DisputeState.agreement && returnVisit != null && (agreement == null || agreement.performed())) {
            state = DisputeState.closed;
            closedAt = now;
            log(now, "closed", "结案：" + (agreement == null ? "口头协议" : "协议已全部履行") + "，回访" + returnVisit.label(),
                    null);
        }
    }

    private void reopen(String cause, String reason, String reference, String by, TierClocks clocks, Instant now) {
        if (agreement != null) {
            pastAgreements.add(agreement);
            agreement = null;
        }
        returnVisit = null;
        state = DisputeState.mediating;
        clock = clocks.start(tier, ClockPhase.mediate, now);
        overdueAt = null;
        concludedAt = null;
        conclusion = null;
        reopenings.add(new Reopening(cause, reason, reference, tier, now));
        log(now, "reopened", "重新调解（%s）：%s".formatted(tier.label(), reason), by);
        record(new DisputeReopened(id, jurisdiction, tier.name(), handlingUnit(), state.name(), cause, reason,
                reference, reopenings.size(), risk.grade(), clock.dueAt(), now), now);
    }

    private void requireClassifiedParties() {
        boolean applicant = parties.stream().anyMatch(party -> party.role() == PartyRole.applicant);
        boolean respondent = parties.stream().anyMatch(party -> party.role() == PartyRole.respondent);
        if (!applicant || !respondent) {
            throw new ConflictException("当事人尚未分类：至少要有一名申请人和一名被申请人才能调解（PUT /api/disputes/%s/parties）"
                    .formatted(id));
        }
    }

    private void log(Instant at, String action, String note, String by) {
        timeline.add(new TimelineEntry(at, action, note, by));
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
            case diverted -> "分流";
            case closed -> "结案";
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

    String villagerGroup() {
        return villagerGroup;
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

    List<Session> sessions() {
        return List.copyOf(sessions);
    }

    Optional<Agreement> agreement() {
        return Optional.ofNullable(agreement);
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

    Optional<Diversion> diversion() {
        return Optional.ofNullable(diversion);
    }

    ReturnVisitNote returnVisit() {
        return returnVisit;
    }

    Instant closedAt() {
        return closedAt;
    }

    List<Agreement> pastAgreements() {
        return List.copyOf(pastAgreements);
    }

    List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}

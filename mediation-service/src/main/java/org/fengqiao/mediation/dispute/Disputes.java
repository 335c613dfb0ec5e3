package org.fengqiao.mediation.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.bson.types.ObjectId;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** The dispute use cases: open (idempotent on the source reference), read in scope, and move through mediation. */
@Service
class Disputes {

    private final DisputeRepository disputes;
    private final DisputeClocks clocks;
    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final TierClocks clockPolicy;
    private final RiskPolicy riskPolicy;
    private final AgreementPolicy agreementPolicy;
    private final Clock clock;

    Disputes(DisputeRepository disputes, DisputeClocks clocks, ReactiveMongoTemplate mongo, OutboxRelay relay,
             TierClocks clockPolicy, RiskPolicy riskPolicy, AgreementPolicy agreementPolicy, Clock clock) {
        this.disputes = disputes;
        this.clocks = clocks;
        this.mongo = mongo;
        this.relay = relay;
        this.clockPolicy = clockPolicy;
        this.riskPolicy = riskPolicy;
        this.agreementPolicy = agreementPolicy;
        this.clock = clock;
    }

    /**
     * Opens a dispute unless one with the same source reference exists; then that one is answered unchanged.
     *
     * @param urgent           the reporter marked it urgent (a risk signal)
     * @param massIncidentRisk someone judged a mass-incident risk (a risk signal)
     */
    Mono<Receipt> open(NewDispute details, boolean urgent, boolean massIncidentRisk) {
        String id = new ObjectId().toHexString();
        return isRepeat(details).flatMap(repeat -> {
            RiskSignals signals = new RiskSignals(details.peopleInvolved(), details.amount(), repeat, urgent,
                    massIncidentRisk);
            Dispute dispute = Dispute.open(id, details, RiskAssessment.derive(signals, riskPolicy), clockPolicy,
                    clock.instant());
            return clocks.notLaterThan(id, dispute.nextWakeUp().orElseThrow())
                    .then(disputes.insert(dispute))
                    .flatMap(saved -> clocks.align(saved).thenReturn(new Receipt(saved, true)))
                    .doOnNext(receipt -> relay.publishPending(receipt.dispute()))
                    .onErrorResume(DuplicateKeyException.class, duplicate -> clocks.forget(id)
                            .then(disputes.findBySourceReference(details.sourceReference()))
                            .map(existing -> new Receipt(existing, false)));
        });
    }

    /**
     * A dispute the user may see; outside the user's jurisdiction it does not exist. The 12345 system sees only the
     * disputes it opened: its county-wide jurisdiction is not a licence to read every party's details.
     */
    Mono<Dispute> find(String id, CurrentUser user) {
        return disputes.findById(id)
                .filter(dispute -> user.canSee(Jurisdiction.of(dispute.jurisdiction())))
                .filter(dispute -> !onlyHotline(user) || user.subject().equals(dispute.openedBy()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("纠纷不存在: " + id)));
    }

    /** Disputes in the user's jurisdiction, newest first. */
    Flux<Dispute> list(CurrentUser user, DisputeState state, Tier tier, int page, int size) {
        Criteria criteria = Criteria.where("jurisdiction").regex("^" + user.jurisdiction().code());
        if (onlyHotline(user)) {
            criteria = criteria.and("openedBy").is(user.subject());
        }
        if (state != null) {
            criteria = criteria.and("state").is(state);
        }
        if (tier != null) {
            criteria = criteria.and("tier").is(tier);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).skip((long) page * size)
                .limit(size);
        return mongo.find(query, Dispute.class);
    }

    private static boolean onlyHotline(CurrentUser user) {
        return user.hasRole(Role.HOTLINE) && user.roles().size() == 1;
    }

    Mono<Dispute> startMediation(String id, CurrentUser user) {
        return change(id, user, dispute -> dispute.startMediation(clockPolicy, clock.instant()));
    }

    Mono<Dispute> agree(String id, String summary, CurrentUser user) {
        return change(id, user, dispute -> dispute.agree(summary, List.of(), agreementPolicy, clock.instant()));
    }

    Mono<Dispute> scheduleSession(String id, ScheduleSessionRequest request, CurrentUser user) {
        return change(id, user, dispute -> dispute.scheduleSession(request.kind(), request.scheduledAt(),
                request.place(), request.mediators(), clockPolicy, clock.instant()));
    }

    Mono<Dispute> recordSession(String id, int no, RecordSessionRequest request, CurrentUser user) {
        return change(id, user, dispute -> dispute.recordSession(no, request.heldAt(), request.attendees(),
                request.minutes(), request.outcome(), request.summary(), request.newTerms(), clockPolicy,
                agreementPolicy, clock.instant()));
    }

    Mono<Dispute> performTerm(String id, int no, LocalDate on, CurrentUser user) {
        return change(id, user, dispute -> dispute.performTerm(no, on, user.subject(), clock.instant()));
    }

    Mono<Dispute> breachTerm(String id, int no, BreachRequest request, CurrentUser user) {
        return change(id, user, dispute -> dispute.breachTerm(no, request.on(), request.reason(), user.subject(),
                clockPolicy, clock.instant()));
    }

    Mono<Dispute> classifyParties(String id, List<Party> parties, CurrentUser user) {
        return change(id, user, dispute -> dispute.classifyParties(parties, user.subject(), clock.instant()));
    }

    /**
     * 回访不满意: reopens the concluded dispute once per return visit. Skipped (empty) when there is no such dispute
     * or it is not concluded (still open, diverted) or this visit already reopened it. A lost race with a user's
     * change fails, so the event is redelivered and decided again.
     */
    Mono<Dispute> reopenAfterReturnVisit(String id, String returnVisitId, String comment) {
        if (!ObjectId.isValid(id)) {
            return Mono.empty();
        }
        return disputes.findById(id)
                .filter(dispute -> dispute.reopenableAfter(returnVisitId))
                .flatMap(dispute -> {
                    dispute.reopenAfterReturnVisit(returnVisitId, comment, clockPolicy, clock.instant());
                    return save(dispute);
                });
    }

    /**
     * 回访 ended without sending the dispute back: noted on the dispute, which is closed once its agreement is also
     * performed. Skipped (empty) like {@link #reopenAfterReturnVisit}: no such dispute, no agreement awaiting its
     * visit, or this visit already noted.
     */
    Mono<Dispute> noteReturnVisit(String id, ReturnVisitNote visit) {
        if (!ObjectId.isValid(id)) {
            return Mono.empty();
        }
        return disputes.findById(id)
                .filter(dispute -> dispute.awaitsReturnVisit(visit.returnVisitId()))
                .flatMap(dispute -> {
                    dispute.returnVisited(visit, clock.instant());
                    return save(dispute);
                });
    }

    Mono<Dispute> applyForJudicialConfirmation(String id, LocalDate on, CurrentUser user) {
        return change(id, user, dispute -> dispute.applyForJudicialConfirmation(on));
    }

    Mono<Dispute> fail(String id, String reason, CurrentUser user) {
        return change(id, user, dispute -> dispute.fail(reason, clockPolicy, clock.instant()));
    }

    Mono<Dispute> divert(String id, DivertRequest request, CurrentUser user) {
        return change(id, user, dispute -> dispute.divert(request.channel(), request.reason(), clock.instant()));
    }

    Mono<Dispute> overrideRisk(String id, int grade, String reason, CurrentUser user) {
        return change(id, user, dispute -> dispute.overrideRisk(grade, reason, user.subject(), clock.instant()));
    }

    /**
     * The scan's step for one fired clock entry: escalates the dispute if its tier clock has run out and sends the
     * due reminders, then aligns the entry with the dispute. A lost race with a user's change is left to the next
     * scan.
     *
     * @return whether the dispute changed
     */
    Mono<Boolean> checkDeadlines(String id) {
        return disputes.findById(id)
                .flatMap(dispute -> {
                    if (!dispute.checkDeadlines(clockPolicy, clock.instant())) {
                        return clocks.align(dispute).thenReturn(false);
                    }
                    return save(dispute).thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> clocks.forget(id).thenReturn(false)));
    }

    /**
     * Applies a user's change to the dispute as it is now. A write that lost the race (to the scan's reminder, say)
     * is tried again on the fresh dispute, whose rules decide anew; only repeated losses answer 409.
     */
    private Mono<Dispute> change(String id, CurrentUser user, Consumer<Dispute> change) {
        return find(id, user).flatMap(dispute -> {
            if (!user.canSee(Jurisdiction.of(dispute.handlingUnit()))) {
                throw new ForbiddenException("该纠纷已上报到%s（%s），由该级调解组织处理"
                        .formatted(dispute.tier().label(), dispute.handlingUnit()));
            }
            change.accept(dispute);
            return save(dispute);
        }).retryWhen(Retry.max(3).filter(OptimisticLockingFailureException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private Mono<Dispute> save(Dispute dispute) {
        Mono<Void> before = dispute.nextWakeUp()
                .map(wakeUp -> clocks.notLaterThan(dispute.id(), wakeUp))
                .orElseGet(Mono::empty);
        return before.then(disputes.save(dispute))
                .flatMap(saved -> clocks.align(saved).thenReturn(saved))
                .doOnNext(relay::publishPending);
    }

    /** 重复纠纷: one of the parties already had a dispute in the same village. */
    private Mono<Boolean> isRepeat(NewDispute details) {
        List<String> names = details.parties().stream().map(Party::name).toList();
        if (names.isEmpty()) {
            return Mono.just(false);
        }
        Query earlier = Query.query(Criteria.where("jurisdiction").is(details.place().code())
                .and("parties.name").in(names));
        return mongo.exists(earlier, Dispute.class);
    }

    record Receipt(Dispute dispute, boolean created) {
    }
}

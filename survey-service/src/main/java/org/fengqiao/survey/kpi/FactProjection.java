package org.fengqiao.survey.kpi;

import java.util.Set;
import java.util.function.UnaryOperator;

import org.fengqiao.events.Event;
import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeReopened;
import org.fengqiao.events.petition.v1.DeadlineBreached;
import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionClosed;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionReopened;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionResumed;
import org.fengqiao.events.petition.v1.PetitionReviewRequested;
import org.fengqiao.events.petition.v1.PetitionSuspended;
import org.fengqiao.events.petition.v1.PetitionTerminated;
import org.fengqiao.events.petition.v1.WorkOrderClaimed;
import org.fengqiao.events.petition.v1.WorkOrderClosed;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderExtensionDecided;
import org.fengqiao.events.petition.v1.WorkOrderReassigned;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.events.petition.v1.WorkOrderReopened;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.platform.security.InvalidJurisdictionException;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Folds one event into the fact of its case: read the fact, change it, write it back whole under the case's key.
 * A case's events come in order (one key, one partition), so the result is the same however often the topics are
 * replayed.
 */
@Component
class FactProjection {

    /** The event types the KPIs read; a topic's other types are skipped unread. */
    static final Set<String> TYPES = Set.of("work-order.received", "work-order.dispatched", "work-order.reassigned",
            "work-order.claimed", "work-order.reopened", "work-order.extension-decided", "work-order.replied",
            "work-order.closed", "deadline.breached", "dispute.opened", "dispute.concluded", "dispute.reopened",
            "dispute.diverted",
            "return-visit.completed", "petition.registered", "petition.accepted", "petition.not-accepted",
            "petition.replied", "petition.review-requested", "petition.closed", "petition.terminated",
            "petition.extension-decided", "petition.suspended", "petition.resumed", "petition.reopened");

    private static final String WORK_ORDER = "work-order";

    private final ReactiveMongoOperations mongo;

    FactProjection(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    Mono<Void> apply(Event<?> event) {
        String at = event.metadata().jurisdiction();
        Object payload = event.payload();
        if (payload instanceof WorkOrderReceived e) {
            return workOrder(e.workOrderId(), at, f -> f.received(e.orderNumber(), e.jurisdiction(), e.receivedAt()));
        }
        if (payload instanceof WorkOrderDispatched e) {
            return workOrder(e.workOrderId(), at, f -> f.heldBy(division(e.holder()), e.dueAt()));
        }
        if (payload instanceof WorkOrderReassigned e) {
            return workOrder(e.workOrderId(), at, f -> f.heldBy(division(e.holder()), e.dueAt()));
        }
        if (payload instanceof WorkOrderClaimed e) {
            return workOrder(e.workOrderId(), at, f -> f.heldBy(division(e.holder()), e.dueAt()));
        }
        if (payload instanceof WorkOrderReopened e) {
            return workOrder(e.workOrderId(), at, f -> f.heldBy(division(e.holder()), e.dueAt()));
        }
        if (payload instanceof WorkOrderExtensionDecided e) {
            return workOrder(e.workOrderId(), at, f -> f.heldBy(division(e.holder()), e.dueAt()));
        }
        if (payload instanceof WorkOrderReplied e) {
            return workOrder(e.workOrderId(), at, f -> f.replied(e.at()));
        }
        if (payload instanceof WorkOrderClosed e) {
            return workOrder(e.workOrderId(), at, f -> f.closed(e.at()));
        }
        if (payload instanceof DeadlineBreached e && WORK_ORDER.equals(e.caseType())) {
            return workOrder(e.caseId(), at, WorkOrderFact::overdue);
        }
        if (payload instanceof DisputeOpened e) {
            return dispute(e.disputeId(), f -> f.opened(e.jurisdiction(), e.at()));
        }
        if (payload instanceof DisputeConcluded e) {
            return dispute(e.disputeId(), f -> f.concluded(e.jurisdiction(), e.state(), e.at()));
        }
        if (payload instanceof DisputeReopened e) {
            return dispute(e.disputeId(), f -> f.reopened(e.jurisdiction()));
        }
        if (payload instanceof DisputeDiverted e) {
            return dispute(e.disputeId(), f -> f.diverted(e.jurisdiction(), e.at()));
        }
        if (payload instanceof PetitionRegistered e) {
            return petition(e.petitionId(), f -> f.registered(e.jurisdiction(), e.registeredAt(), e.collective(),
                    e.skipLevel(), e.repeat(), e.firstPetition()));
        }
        if (payload instanceof PetitionAccepted e) {
            return petition(e.petitionId(), f -> f.acceptanceDecided(e.at(), e.onTime())
                    .dueFrom(e.at(), e.replyDueAt()));
        }
        if (payload instanceof PetitionExtensionDecided e) {
            return petition(e.petitionId(), f -> f.dueFrom(e.at(), e.replyDueAt()));
        }
        if (payload instanceof PetitionSuspended e) {
            return petition(e.petitionId(), f -> f.suspended(e.at()));
        }
        if (payload instanceof PetitionResumed e) {
            return petition(e.petitionId(), f -> f.dueFrom(e.at(), e.replyDueAt()));
        }
        if (payload instanceof PetitionReopened e) {
            // 重办: open again under a fresh reply deadline, so it can count as 积案 again.
            return petition(e.petitionId(), f -> f.dueFrom(e.at(), e.replyDueAt()));
        }
        if (payload instanceof PetitionNotAccepted e) {
            return petition(e.petitionId(), f -> f.acceptanceDecided(e.at(), e.onTime()));
        }
        if (payload instanceof PetitionReplied e) {
            return petition(e.petitionId(), f -> f.replied(e.at(), e.onTime()));
        }
        if (payload instanceof PetitionReviewRequested e) {
            return petition(e.petitionId(), PetitionFact::withReviewRequested);
        }
        if (payload instanceof PetitionClosed e) {
            return petition(e.petitionId(), f -> f.closed(e.at(), e.onTime()));
        }
        if (payload instanceof PetitionTerminated e) {
            return petition(e.petitionId(), f -> f.terminated(e.at()));
        }
        if (payload instanceof ReturnVisitCompleted e) {
            String rated = division(e.unit());
            return mongo.save(new VisitFact(e.returnVisitId(), e.caseType(), rated == null ? e.jurisdiction() : rated,
                    e.at(), e.reached(), e.reached() ? e.satisfaction() : null)).then();
        }
        return Mono.empty();
    }

    /** Drops every fact, before a replay. */
    Mono<Void> dropAll() {
        return Mono.when(mongo.remove(new Query(), PetitionFact.class), mongo.remove(new Query(), WorkOrderFact.class), mongo.remove(new Query(), DisputeFact.class),
                mongo.remove(new Query(), VisitFact.class));
    }

    Mono<FactCounts> counts() {
        return Mono.zip(mongo.count(new Query(), PetitionFact.class), mongo.count(new Query(), WorkOrderFact.class),
                mongo.count(new Query(), DisputeFact.class), mongo.count(new Query(), VisitFact.class))
                .map(t -> new FactCounts(t.getT1(), t.getT2(), t.getT3(), t.getT4()));
    }

    private Mono<Void> workOrder(String id, String jurisdiction, UnaryOperator<WorkOrderFact> change) {
        return mongo.findById(id, WorkOrderFact.class)
                .defaultIfEmpty(WorkOrderFact.empty(id, jurisdiction))
                .map(change)
                .flatMap(mongo::save)
                .then();
    }

    private Mono<Void> petition(String id, UnaryOperator<PetitionFact> change) {
        return mongo.findById(id, PetitionFact.class)
                .defaultIfEmpty(PetitionFact.empty(id, null))
                .map(change)
                .flatMap(mongo::save)
                .then();
    }

    private Mono<Void> dispute(String id, UnaryOperator<DisputeFact> change) {
        return mongo.findById(id, DisputeFact.class)
                .defaultIfEmpty(DisputeFact.empty(id, null))
                .map(change)
                .flatMap(mongo::save)
                .then();
    }

    /** The division of a holder code ({@code <division>} or {@code <division>:<department>}); null when none fits. */
    static String division(String holder) {
        if (holder == null) {
            return null;
        }
        int colon = holder.indexOf(':');
        String code = colon < 0 ? holder : holder.substring(0, colon);
        try {
            return Jurisdiction.of(code).code();
        }
        catch (InvalidJurisdictionException notADivision) {
            return null;
        }
    }

    /** How many facts of each kind there are. */
    record FactCounts(long petitions, long workOrders, long disputes, long returnVisits) {
    }
}

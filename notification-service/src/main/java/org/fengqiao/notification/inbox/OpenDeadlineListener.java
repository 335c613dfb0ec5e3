package org.fengqiao.notification.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.petition.v1.PetitionAssigned;
import org.fengqiao.events.petition.v1.PetitionClosed;
import org.fengqiao.events.petition.v1.PetitionEscalated;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionReturned;
import org.fengqiao.events.petition.v1.PetitionTerminated;
import org.fengqiao.events.petition.v1.WorkOrderClosed;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderExtensionDecided;
import org.fengqiao.events.petition.v1.WorkOrderReassigned;
import org.fengqiao.events.petition.v1.WorkOrderReopened;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.petition.v1.WorkOrderReturned;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Keeps {@link OpenDeadline}s from the events that set or end a unit's deadline: 派单, 改派, 延期 approved and 重办
 * set it; 回单, 退单 and 结案 end it (for work orders); a petition's 交办 and approved 延期 set it, 上报 moves it to
 * the unit above, 答复, 退回, 终结 and 办结 end it; a dispute's opening and escalation set its tier's clock,
 * its conclusion or diversion ends it. Idempotent (upserts and deletes by case), so redeliveries change nothing.
 */
@Component
class OpenDeadlineListener {

    private static final Set<String> TYPES = Set.of("work-order.dispatched", "work-order.reassigned",
            "work-order.extension-decided", "work-order.reopened", "work-order.replied", "work-order.returned",
            "work-order.closed", "petition.assigned", "petition.extension-decided", "petition.escalated",
            "petition.replied", "petition.returned", "petition.terminated", "petition.closed", "dispute.opened", "dispute.escalated", "dispute.concluded", "dispute.diverted");
    private static final String WORK_ORDER = "work-order";
    private static final String DISPUTE = "dispute";
    private static final String PETITION = "petition";

    private final EventRecords records;
    private final ReactiveMongoOperations mongo;
    private final Clock clock;

    OpenDeadlineListener(EventRecords records, ReactiveMongoOperations mongo, Clock clock) {
        this.records = records;
        this.mongo = mongo;
        this.clock = clock;
    }

    @KafkaListener(topics = {Topics.PETITION, Topics.MEDIATION}, groupId = "${spring.application.name}-open-deadlines")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        Object payload = event.payload();
        if (payload instanceof WorkOrderDispatched order) {
            return set(WORK_ORDER, order.workOrderId(), order.holder(), order.orderNumber(), order.dueAt());
        }
        if (payload instanceof WorkOrderReassigned order) {
            return set(WORK_ORDER, order.workOrderId(), order.holder(), order.orderNumber(), order.dueAt());
        }
        if (payload instanceof WorkOrderReopened order) {
            return set(WORK_ORDER, order.workOrderId(), order.holder(), order.orderNumber(), order.dueAt());
        }
        if (payload instanceof WorkOrderExtensionDecided order) {
            return order.approved()
                    ? set(WORK_ORDER, order.workOrderId(), order.holder(), order.orderNumber(), order.dueAt())
                    : Mono.empty();
        }
        if (payload instanceof WorkOrderReplied order) {
            return remove(WORK_ORDER, order.workOrderId());
        }
        if (payload instanceof WorkOrderReturned order) {
            return remove(WORK_ORDER, order.workOrderId());
        }
        if (payload instanceof WorkOrderClosed order) {
            return remove(WORK_ORDER, order.workOrderId());
        }
        if (payload instanceof PetitionAssigned petition) {
            return set(PETITION, petition.petitionId(), petition.holder(), petition.petitionNumber(),
                    petition.replyDueAt());
        }
        if (payload instanceof PetitionExtensionDecided petition) {
            return petition.approved()
                    ? set(PETITION, petition.petitionId(), petition.holder(), petition.petitionNumber(),
                    petition.replyDueAt())
                    : Mono.empty();
        }
        if (payload instanceof PetitionEscalated petition) {
            // The deadline stays; the unit above now answers for it.
            return petition.holder() == null ? Mono.empty()
                    : mongo.updateFirst(Query.query(where("_id").is(PETITION + ":" + petition.petitionId())),
                    new Update().set("unit", Units.holding(petition.holder()).key()), OpenDeadline.class).then();
        }
        if (payload instanceof PetitionReplied petition) {
            return remove(PETITION, petition.petitionId());
        }
        if (payload instanceof PetitionReturned petition) {
            return remove(PETITION, petition.petitionId());
        }
        if (payload instanceof PetitionTerminated petition) {
            return remove(PETITION, petition.petitionId());
        }
        if (payload instanceof PetitionClosed petition) {
            return remove(PETITION, petition.petitionId());
        }
        if (payload instanceof DisputeOpened dispute) {
            return set(DISPUTE, dispute.disputeId(), dispute.handlingUnit(), "纠纷：" + excerpt(dispute.summary()),
                    dispute.clockDueAt());
        }
        if (payload instanceof DisputeEscalated dispute) {
            return set(DISPUTE, dispute.disputeId(), dispute.handlingUnit(), "上报纠纷 " + dispute.disputeId(),
                    dispute.clockDueAt());
        }
        if (payload instanceof DisputeConcluded dispute) {
            return remove(DISPUTE, dispute.disputeId());
        }
        if (payload instanceof DisputeDiverted dispute) {
            return remove(DISPUTE, dispute.disputeId());
        }
        return Mono.empty();
    }

    /** An escalated dispute keeps the summary it was opened with as its reference. */
    private Mono<Void> set(String caseType, String caseId, String holder, String reference, Instant dueAt) {
        if (holder == null || dueAt == null) {
            return remove(caseType, caseId);
        }
        Update update = new Update().set("unit", Units.holding(holder).key()).set("caseType", caseType)
                .set("caseId", caseId).set("dueAt", dueAt).set("updatedAt", clock.instant());
        if (DISPUTE.equals(caseType)) {
            update.setOnInsert("reference", reference);
        } else {
            update.set("reference", reference);
        }
        return mongo.upsert(Query.query(where("_id").is(caseType + ":" + caseId)), update, OpenDeadline.class).then();
    }

    private Mono<Void> remove(String caseType, String caseId) {
        return mongo.remove(Query.query(where("_id").is(caseType + ":" + caseId)), OpenDeadline.class).then();
    }

    private static String excerpt(String summary) {
        if (summary == null) {
            return "";
        }
        return summary.length() <= 20 ? summary : summary.substring(0, 20) + "…";
    }
}

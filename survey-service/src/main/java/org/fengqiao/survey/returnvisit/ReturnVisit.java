package org.fengqiao.survey.returnvisit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 回访: one visit of one case after one event that asked for it. Its id is derived from that event, so a
 * redelivered event finds the visit already there. The outcome is recorded once; recording it appends its events to
 * the outbox in the same write.
 */
@Document(ReturnVisit.COLLECTION)
class ReturnVisit {

    static final String COLLECTION = "return_visits";
    static final String WORK_ORDER = "work-order";

    @Id
    private final String id;
    @Version
    private Long version;
    private final String caseType;
    private final String caseId;
    private final String caseNumber;
    private final String jurisdiction;
    private final Instant createdAt;
    private final Instant dueAt;
    private Outcome outcome;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    ReturnVisit(String id, Long version, String caseType, String caseId, String caseNumber, String jurisdiction,
                Instant createdAt, Instant dueAt, Outcome outcome, List<OutboxEvent> outbox) {
        this.id = id;
        this.version = version;
        this.caseType = caseType;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.jurisdiction = jurisdiction;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.outcome = outcome;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** The visit a work-order event asks for; {@code eventId} makes the id, so the same event makes the same visit. */
    static ReturnVisit ofWorkOrder(String workOrderId, String orderNumber, String jurisdiction, String eventId,
                                   Instant createdAt, Instant dueAt) {
        return new ReturnVisit(WORK_ORDER + ":" + workOrderId + ":" + eventId, null, WORK_ORDER, workOrderId,
                orderNumber, jurisdiction, createdAt, dueAt, null, null);
    }

    void record(Outcome result) {
        if (outcome != null) {
            throw new ConflictException("该回访已于 " + outcome.at() + " 记录结果，不能重复记录");
        }
        outcome = result;
        publish(new ReturnVisitCompleted(id, caseType, caseId, caseNumber, jurisdiction, result.reached(),
                result.satisfaction() == null ? null : result.satisfaction().name(),
                result.dissatisfactionKind() == null ? null : result.dissatisfactionKind().name(),
                result.comment(), result.at(), result.by()), result.at());
        if (result.substantivelyDissatisfied()) {
            publish(new ReturnVisitDissatisfied(id, caseType, caseId, caseNumber, jurisdiction, result.comment(),
                    result.at()), result.at());
        }
    }

    private void publish(Object payload, Instant at) {
        outbox.add(OutboxEvent.of(payload, id, jurisdiction, at));
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    String caseType() {
        return caseType;
    }

    String caseId() {
        return caseId;
    }

    String caseNumber() {
        return caseNumber;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Outcome outcome() {
        return outcome;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}

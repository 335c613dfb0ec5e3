package org.fengqiao.survey.kpi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the KPIs need of one 12345 work order. {@code jurisdiction} is the division of the unit holding it (the
 * township it was dispatched to), the receiving county until it is dispatched. The first reply decides whether the
 * order was answered on time, against the deadline in force at that moment.
 */
@Document(WorkOrderFact.COLLECTION)
record WorkOrderFact(@Id String id, String orderNumber, String jurisdiction, Instant receivedAt, Instant dueAt,
                     Instant firstRepliedAt, Boolean repliedOnTime, boolean breached, Instant closedAt) {

    static final String COLLECTION = "kpi_work_orders";

    static WorkOrderFact empty(String id, String jurisdiction) {
        return new WorkOrderFact(id, null, jurisdiction, null, null, null, null, false, null);
    }

    WorkOrderFact received(String number, String county, Instant at) {
        return new WorkOrderFact(id, number, jurisdiction == null ? county : jurisdiction, at, dueAt,
                firstRepliedAt, repliedOnTime, breached, closedAt);
    }

    /** Dispatched, reassigned, claimed, reopened or given more time: who holds it now and until when. */
    WorkOrderFact heldBy(String holderDivision, Instant due) {
        return new WorkOrderFact(id, orderNumber, holderDivision == null ? jurisdiction : holderDivision, receivedAt,
                due == null ? dueAt : due, firstRepliedAt, repliedOnTime, breached, closedAt);
    }

    WorkOrderFact replied(Instant at) {
        if (firstRepliedAt != null) {
            return this;
        }
        return new WorkOrderFact(id, orderNumber, jurisdiction, receivedAt, dueAt, at,
                dueAt == null || !at.isAfter(dueAt), breached, closedAt);
    }

    WorkOrderFact overdue() {
        return new WorkOrderFact(id, orderNumber, jurisdiction, receivedAt, dueAt, firstRepliedAt, repliedOnTime,
                true, closedAt);
    }

    WorkOrderFact closed(Instant at) {
        return new WorkOrderFact(id, orderNumber, jurisdiction, receivedAt, dueAt, firstRepliedAt, repliedOnTime,
                breached, at);
    }

    /** Whether its reply deadline is decided: replied, or the deadline passed without a reply. */
    boolean decided() {
        return firstRepliedAt != null || breached;
    }

    boolean onTime() {
        return Boolean.TRUE.equals(repliedOnTime);
    }
}

package org.fengqiao.petition.workorder;

import java.time.Instant;

import org.fengqiao.petition.deadline.OpenDeadline;
import org.fengqiao.petition.deadline.OpenDeadlines;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Keeps a work order's entry in {@code open_deadlines} in step with the order: open with its alerts while the
 * order is dispatched or being handled, closed otherwise. Idempotent: it derives everything from the order, so
 * the scan also calls it to repair an entry that a crash between the two writes left stale.
 */
@Component
class WorkOrderDeadlineTracker {

    static final String CASE_TYPE = "work-order";
    static final String STAGE = "reply";

    private final OpenDeadlines watchList;
    private final WorkOrderDeadlines deadlines;

    WorkOrderDeadlineTracker(OpenDeadlines watchList, WorkOrderDeadlines deadlines) {
        this.watchList = watchList;
        this.deadlines = deadlines;
    }

    static String idOf(String workOrderId) {
        return OpenDeadline.idOf(workOrderId, STAGE);
    }

    static boolean isRunning(WorkOrder order) {
        return order.dueAt() != null
                && (order.state() == WorkOrderState.dispatched || order.state() == WorkOrderState.handling);
    }

    Mono<Void> track(WorkOrder order, Instant now) {
        if (!isRunning(order)) {
            return watchList.close(order.id(), STAGE);
        }
        String holder = order.holder() == null ? null : order.holder().code();
        return watchList.open(new OpenDeadlines.Running(CASE_TYPE, order.id(), order.orderNumber(), STAGE,
                order.jurisdiction(), holder, order.dueAt()), deadlines.approachingWorkingDays(), now);
    }
}

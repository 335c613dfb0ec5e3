package org.fengqiao.petition.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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

    private final ReactiveMongoTemplate mongo;
    private final WorkOrderDeadlines deadlines;

    WorkOrderDeadlineTracker(ReactiveMongoTemplate mongo, WorkOrderDeadlines deadlines) {
        this.mongo = mongo;
        this.deadlines = deadlines;
    }

    static String idOf(String workOrderId) {
        return workOrderId + ":" + STAGE;
    }

    static boolean isRunning(WorkOrder order) {
        return order.dueAt() != null
                && (order.state() == WorkOrderState.dispatched || order.state() == WorkOrderState.handling);
    }

    Mono<Void> track(WorkOrder order, Instant now) {
        Query entry = Query.query(Criteria.where("_id").is(idOf(order.id())));
        if (!isRunning(order)) {
            return mongo.updateFirst(entry, new Update().set("open", false).set("nextAlertAt", null),
                    OpenDeadline.COLLECTION).then();
        }
        String holder = order.holder() == null ? null : order.holder().code();
        return mongo.findOne(entry, OpenDeadline.class, OpenDeadline.COLLECTION)
                .map(existing -> existing.dueAt().equals(order.dueAt())
                        ? new Current(existing.open() && Objects.equals(existing.holder(), holder), existing.fired())
                        : new Current(false, List.of()))
                .defaultIfEmpty(new Current(false, List.of()))
                .flatMap(current -> current.upToDate() ? Mono.empty() : open(order, holder, current.fired(), now, entry));
    }

    private Mono<Void> open(WorkOrder order, String holder, List<String> fired, Instant now, Query entry) {
        List<OpenDeadline.Alert> alerts = new ArrayList<>();
        for (int workingDays : deadlines.approachingWorkingDays()) {
            Instant firesAt = deadlines.approachingAt(order.dueAt(), workingDays);
            // Like DeadlinePolicy.dueSoonAlerts: a threshold already passed when the deadline starts never fires.
            if (firesAt.isAfter(now)) {
                alerts.add(new OpenDeadline.Alert(OpenDeadline.Alert.approaching(workingDays), firesAt));
            }
        }
        alerts.add(new OpenDeadline.Alert(OpenDeadline.BREACHED, order.dueAt()));
        Instant next = alerts.stream().filter(alert -> !fired.contains(alert.key()))
                .map(OpenDeadline.Alert::firesAt).min(Comparator.naturalOrder()).orElse(null);
        Update update = new Update()
                .set("caseType", CASE_TYPE).set("caseId", order.id()).set("caseNumber", order.orderNumber())
                .set("stage", STAGE).set("jurisdiction", order.jurisdiction()).set("holder", holder)
                .set("dueAt", order.dueAt()).set("open", true)
                .set("alerts", alerts.stream().map(alert -> mongo.getConverter().convertToMongoType(alert)).toList())
                .set("fired", fired).set("nextAlertAt", next);
        return mongo.upsert(entry, update, OpenDeadline.COLLECTION).then();
    }

    private record Current(boolean upToDate, List<String> fired) {
    }
}

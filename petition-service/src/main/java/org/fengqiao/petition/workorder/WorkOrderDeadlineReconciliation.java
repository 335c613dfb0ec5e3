package org.fengqiao.petition.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Repairs {@code open_deadlines} from the work orders, for what a crash between an order's save and its
 * tracker write left behind: a running order without its (current) entry gets it, and an open entry whose order
 * is no longer running, or gone, is closed and removed. Only work-order entries are touched. Each repair reads
 * the order afresh and goes through {@link WorkOrderDeadlineTracker}, which derives the entry from the order, so
 * a transition racing the sweep leaves the same entry it would have left alone; the scan checks the order before
 * every alert anyway.
 */
@Component
class WorkOrderDeadlineReconciliation {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderDeadlineReconciliation.class);
    private static final String[] RUNNING = {WorkOrderState.dispatched.name(), WorkOrderState.handling.name()};

    private final ReactiveMongoTemplate mongo;
    private final WorkOrderRepository orders;
    private final WorkOrderDeadlineTracker tracker;
    private final Clock clock;

    WorkOrderDeadlineReconciliation(ReactiveMongoTemplate mongo, WorkOrderRepository orders,
                                    WorkOrderDeadlineTracker tracker, Clock clock) {
        this.mongo = mongo;
        this.orders = orders;
        this.tracker = tracker;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fengqiao.work-orders.deadline-reconcile-interval:PT10M}",
            initialDelayString = "${fengqiao.work-orders.deadline-reconcile-interval:PT10M}")
    void scheduled() {
        // On the scheduler thread, like the scan: sweeps never overlap.
        reconcile().doOnNext(repairs -> {
            if (repairs.any()) {
                log.warn("Deadline sweep repaired open_deadlines: {} entries (re)opened, {} closed",
                        repairs.opened(), repairs.closed());
            }
        }).onErrorResume(error -> {
            log.warn("Deadline sweep failed; the next one retries: {}", error.toString());
            return Mono.empty();
        }).block();
    }

    /** One sweep; answers how many entries it (re)opened and how many it closed. */
    Mono<Repairs> reconcile() {
        Instant now = clock.instant();
        Query openEntries = Query.query(Criteria.where("caseType").is(WorkOrderDeadlineTracker.CASE_TYPE)
                .and("open").is(true));
        openEntries.fields().include("caseId", "dueAt", "holder");
        return mongo.find(openEntries, Document.class, OpenDeadline.COLLECTION)
                .collectMap(entry -> entry.getString("caseId"), entry -> entry)
                .flatMap(entries -> {
                    Set<String> running = ConcurrentHashMap.newKeySet();
                    return openMissing(entries, running, now).flatMap(opened ->
                            closeStale(entries, running, now).map(closed -> new Repairs(opened, closed)));
                })
                .flatMap(repairs -> removeClosed().thenReturn(repairs));
    }

    /** Running orders whose entry is missing, closed or out of date. */
    private Mono<Integer> openMissing(Map<String, Document> entries, Set<String> running, Instant now) {
        Query runningOrders = Query.query(Criteria.where("state").in((Object[]) RUNNING).and("dueAt").ne(null));
        runningOrders.fields().include("_id", "dueAt", "holder");
        return mongo.find(runningOrders, Document.class, WorkOrder.COLLECTION)
                .doOnNext(order -> running.add(idOf(order)))
                .filter(order -> !current(entries.get(idOf(order)), order))
                .concatMap(order -> orders.findById(idOf(order))
                        .filter(WorkOrderDeadlineTracker::isRunning)
                        .flatMap(fresh -> tracker.track(fresh, now).thenReturn(1)))
                .reduce(0, Integer::sum);
    }

    /** Open entries of orders that are not running (any more), or no longer exist. */
    private Mono<Integer> closeStale(Map<String, Document> entries, Set<String> running, Instant now) {
        Map<String, Document> stale = new HashMap<>(entries);
        stale.keySet().removeAll(running);
        return Flux.fromIterable(stale.keySet())
                .concatMap(caseId -> orders.findById(caseId)
                        .map(order -> WorkOrderDeadlineTracker.isRunning(order)
                                ? tracker.track(order, now).thenReturn(0)
                                : tracker.track(order, now).thenReturn(1))
                        .defaultIfEmpty(close(caseId))
                        .flatMap(repair -> repair))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> close(String caseId) {
        Query entry = Query.query(Criteria.where("_id").is(WorkOrderDeadlineTracker.idOf(caseId))
                .and("caseType").is(WorkOrderDeadlineTracker.CASE_TYPE));
        return mongo.updateFirst(entry, new Update().set("open", false).set("nextAlertAt", null),
                OpenDeadline.COLLECTION).map(result -> (int) result.getModifiedCount());
    }

    /** Like the scan: a closed entry goes once its outbox holds nothing unpublished. */
    private Mono<Void> removeClosed() {
        Query ended = Query.query(Criteria.where("caseType").is(WorkOrderDeadlineTracker.CASE_TYPE)
                .and("open").is(false).and("outbox.0").exists(false));
        return mongo.remove(ended, OpenDeadline.COLLECTION).then();
    }

    private static boolean current(Document entry, Document order) {
        if (entry == null) {
            return false;
        }
        Document holder = order.get("holder", Document.class);
        String code = holder == null ? null
                : holder.getString("department") == null ? holder.getString("jurisdiction")
                : holder.getString("jurisdiction") + ":" + holder.getString("department");
        return Objects.equals(entry.get("dueAt", Date.class), order.get("dueAt", Date.class))
                && Objects.equals(entry.getString("holder"), code);
    }

    private static String idOf(Document order) {
        return order.get("_id").toString();
    }

    /** What one sweep repaired. */
    record Repairs(int opened, int closed) {

        boolean any() {
            return opened > 0 || closed > 0;
        }
    }
}

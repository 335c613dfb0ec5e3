package org.fengqiao.petition.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fengqiao.events.petition.v1.DeadlineApproaching;
import org.fengqiao.events.petition.v1.DeadlineBreached;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 督办 scan: finds open deadlines whose next alert is due and publishes {@code deadline.approaching} /
 * {@code deadline.breached} through the entry's outbox. Once per deadline and threshold, however many scans or
 * service instances run: the update that records an alert as fired only matches while it is unfired. A deadline
 * found already overdue gets only its breach, not a late "due soon".
 */
@Component
class WorkOrderDeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderDeadlineScan.class);
    static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;
    private final WorkOrderRepository orders;
    private final WorkOrderDeadlineTracker tracker;
    private final OutboxRelay relay;
    private final Clock clock;

    WorkOrderDeadlineScan(ReactiveMongoTemplate mongo, WorkOrderRepository orders, WorkOrderDeadlineTracker tracker,
                          OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.orders = orders;
        this.tracker = tracker;
        this.relay = relay;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fengqiao.work-orders.deadline-scan-interval:PT1M}",
            initialDelayString = "${fengqiao.work-orders.deadline-scan-interval:PT1M}")
    void scheduled() {
        // A scheduler thread, not a reactive pipeline: waiting here keeps scans from overlapping.
        scan().onErrorResume(error -> {
            log.warn("Deadline scan failed; the next one retries: {}", error.toString());
            return Mono.just(0);
        }).block();
    }

    /** One pass; answers how many events it published. */
    Mono<Integer> scan() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // open_deadlines also holds the petition track's entries; each scan takes only its own.
        Query due = Query.query(Criteria.where("caseType").is(WorkOrderDeadlineTracker.CASE_TYPE)
                .and("open").is(true).and("nextAlertAt").lte(now)).limit(BATCH);
        return removeEnded()
                .thenMany(mongo.find(due, OpenDeadline.class, OpenDeadline.COLLECTION))
                .concatMap(entry -> fire(entry, now))
                .reduce(0, Integer::sum);
    }

    private Mono<Void> removeEnded() {
        Query ended = Query.query(Criteria.where("open").is(false).and("outbox.0").exists(false));
        return mongo.remove(ended, OpenDeadline.COLLECTION).then();
    }

    private Mono<Integer> fire(OpenDeadline entry, Instant now) {
        return orders.findById(entry.caseId())
                .flatMap(order -> isCurrent(entry, order) ? alert(entry, now) : tracker.track(order, now).thenReturn(0))
                .defaultIfEmpty(0);
    }

    private static boolean isCurrent(OpenDeadline entry, WorkOrder order) {
        return WorkOrderDeadlineTracker.isRunning(order) && order.dueAt().equals(entry.dueAt());
    }

    private Mono<Integer> alert(OpenDeadline entry, Instant now) {
        List<OpenDeadline.Alert> unfired = entry.alerts().stream()
                .filter(alert -> !entry.fired().contains(alert.key())).toList();
        List<OpenDeadline.Alert> due = unfired.stream().filter(alert -> !alert.firesAt().isAfter(now)).toList();
        if (due.isEmpty()) {
            return Mono.just(0);
        }
        boolean breached = due.stream().anyMatch(OpenDeadline.Alert::isBreach);
        List<Object> events = new ArrayList<>();
        if (breached) {
            events.add(new DeadlineBreached(entry.caseId(), entry.caseType(), entry.caseNumber(), entry.stage(),
                    entry.jurisdiction(), entry.holder(), entry.dueAt(), now));
        } else {
            due.stream().sorted(Comparator.comparing(OpenDeadline.Alert::firesAt)).forEach(alert ->
                    events.add(new DeadlineApproaching(entry.caseId(), entry.caseType(), entry.caseNumber(),
                            entry.stage(), entry.jurisdiction(), entry.holder(), entry.dueAt(),
                            alert.workingDaysBefore(), now)));
        }
        // Past the deadline every earlier threshold is spent too.
        List<String> firing = (breached ? unfired : due).stream().map(OpenDeadline.Alert::key).toList();
        Instant next = unfired.stream().filter(alert -> !firing.contains(alert.key()))
                .map(OpenDeadline.Alert::firesAt).min(Comparator.naturalOrder()).orElse(null);
        Query unchanged = Query.query(Criteria.where("_id").is(entry.id()).and("open").is(true)
                .and("dueAt").is(entry.dueAt()).and("fired").nin(firing));
        Update update = new Update()
                .addToSet("fired").each(firing.toArray())
                .push("outbox").each(events.stream()
                        .map(payload -> mongo.getConverter().convertToMongoType(
                                OutboxEvent.of(payload, entry.caseId(), entry.jurisdiction(), now)))
                        .toArray())
                .set("nextAlertAt", next);
        return mongo.updateFirst(unchanged, update, OpenDeadline.COLLECTION).map(result -> {
            if (result.getModifiedCount() == 0) {
                return 0;
            }
            relay.publishPending(OpenDeadline.COLLECTION, entry.id());
            return events.size();
        });
    }
}

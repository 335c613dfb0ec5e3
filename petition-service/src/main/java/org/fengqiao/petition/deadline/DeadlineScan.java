package org.fengqiao.petition.deadline;

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
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 督办 scan: finds a track's open deadlines whose next alert is due and publishes {@code deadline.approaching} /
 * {@code deadline.breached} through the entry's outbox. Once per deadline and threshold, however many scans or
 * service instances run: the update that records an alert as fired only matches while it is unfired. A deadline
 * found already overdue gets only its breach, not a late "due soon".
 */
@Component
public class DeadlineScan {

    static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;

    DeadlineScan(ReactiveMongoTemplate mongo, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
    }

    /** One pass over the track's due entries; answers how many events it published. */
    public Mono<Integer> scan(DeadlineTrack track) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // open_deadlines holds every track's entries; each scan takes only its own.
        Query due = Query.query(Criteria.where("caseType").is(track.caseType())
                .and("open").is(true).and("nextAlertAt").lte(now)).limit(BATCH);
        return mongo.find(due, OpenDeadline.class, OpenDeadline.COLLECTION)
                .concatMap(entry -> track.stillRunning(entry, now)
                        .flatMap(running -> running ? alert(entry, now) : Mono.just(0))
                        .defaultIfEmpty(0))
                .reduce(0, Integer::sum);
    }

    /** Removes the closed entries (of any track) whose outbox holds nothing unpublished. */
    public Mono<Void> removeEnded() {
        Query ended = Query.query(Criteria.where("open").is(false).and("outbox.0").exists(false));
        return mongo.remove(ended, OpenDeadline.COLLECTION).then();
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

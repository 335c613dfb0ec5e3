package org.fengqiao.petition.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
 * 督办 scan for petitions: publishes {@code deadline.approaching} / {@code deadline.breached} with
 * {@code caseType = petition} once per petition, stage, deadline and threshold. The update that records an alert
 * as fired only matches while it is unfired, so concurrent scans or instances cannot publish it twice. A deadline
 * found already overdue gets only its breach.
 */
@Component
class PetitionDeadlineScan {

    private static final Logger log = LoggerFactory.getLogger(PetitionDeadlineScan.class);
    static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;
    private final PetitionRepository petitions;
    private final PetitionDeadlineTracker tracker;
    private final OutboxRelay relay;
    private final Clock clock;

    PetitionDeadlineScan(ReactiveMongoTemplate mongo, PetitionRepository petitions, PetitionDeadlineTracker tracker,
                         OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.petitions = petitions;
        this.tracker = tracker;
        this.relay = relay;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fengqiao.petitions.deadline-scan-interval:PT1M}",
            initialDelayString = "${fengqiao.petitions.deadline-scan-interval:PT1M}")
    void scheduled() {
        // A scheduler thread, not a reactive pipeline: waiting here keeps scans from overlapping.
        scan().onErrorResume(error -> {
            log.warn("Petition deadline scan failed; the next one retries: {}", error.toString());
            return Mono.just(0);
        }).block();
    }

    /** One pass; answers how many events it published. */
    Mono<Integer> scan() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Query due = Query.query(Criteria.where("caseType").is(PetitionDeadlineEntry.CASE_TYPE)
                .and("open").is(true).and("nextAlertAt").lte(now)).limit(BATCH);
        return mongo.find(due, PetitionDeadlineEntry.class, PetitionDeadlineEntry.COLLECTION)
                .concatMap(entry -> fire(entry, now))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> fire(PetitionDeadlineEntry entry, Instant now) {
        return petitions.findById(entry.caseId())
                .flatMap(petition -> Objects.equals(petition.runningDeadlines().get(entry.stage()), entry.dueAt())
                        ? alert(entry, now)
                        : tracker.track(petition, now).thenReturn(0))
                .defaultIfEmpty(0);
    }

    private Mono<Integer> alert(PetitionDeadlineEntry entry, Instant now) {
        List<PetitionDeadlineEntry.Alert> unfired = entry.alerts().stream()
                .filter(alert -> !entry.fired().contains(alert.key())).toList();
        List<PetitionDeadlineEntry.Alert> due = unfired.stream().filter(alert -> !alert.firesAt().isAfter(now))
                .toList();
        if (due.isEmpty()) {
            return Mono.just(0);
        }
        boolean breached = due.stream().anyMatch(PetitionDeadlineEntry.Alert::isBreach);
        List<Object> events = new ArrayList<>();
        if (breached) {
            events.add(new DeadlineBreached(entry.caseId(), entry.caseType(), entry.caseNumber(), entry.stage(),
                    entry.jurisdiction(), entry.holder(), entry.dueAt(), now));
        } else {
            due.stream().sorted(Comparator.comparing(PetitionDeadlineEntry.Alert::firesAt)).forEach(alert ->
                    events.add(new DeadlineApproaching(entry.caseId(), entry.caseType(), entry.caseNumber(),
                            entry.stage(), entry.jurisdiction(), entry.holder(), entry.dueAt(),
                            alert.workingDaysBefore(), now)));
        }
        // Past the deadline every earlier threshold is spent too.
        List<String> firing = (breached ? unfired : due).stream().map(PetitionDeadlineEntry.Alert::key).toList();
        Instant next = unfired.stream().filter(alert -> !firing.contains(alert.key()))
                .map(PetitionDeadlineEntry.Alert::firesAt).min(Comparator.naturalOrder()).orElse(null);
        Query unchanged = Query.query(Criteria.where("_id").is(entry.id()).and("open").is(true)
                .and("dueAt").is(entry.dueAt()).and("fired").nin(firing));
        Update update = new Update()
                .addToSet("fired").each(firing.toArray())
                .push("outbox").each(events.stream()
                        .map(payload -> mongo.getConverter().convertToMongoType(
                                OutboxEvent.of(payload, entry.caseId(), entry.jurisdiction(), now)))
                        .toArray())
                .set("nextAlertAt", next);
        return mongo.updateFirst(unchanged, update, PetitionDeadlineEntry.COLLECTION).map(result -> {
            if (result.getModifiedCount() == 0) {
                return 0;
            }
            relay.publishPending(PetitionDeadlineEntry.COLLECTION, entry.id());
            return events.size();
        });
    }
}

package org.fengqiao.petition.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps a petition's entries in {@code open_deadlines} in step with it: one per running stage (accept, reply,
 * review, re-review, supervision), closed when the stage ends. A moved deadline (extension, resumption) is a new
 * deadline whose alerts fire afresh. Idempotent: derived from the petition alone, so the scan can repair with it.
 */
@Component
class PetitionDeadlineTracker {

    private final ReactiveMongoTemplate mongo;
    private final PetitionDeadlines deadlines;

    PetitionDeadlineTracker(ReactiveMongoTemplate mongo, PetitionDeadlines deadlines) {
        this.mongo = mongo;
        this.deadlines = deadlines;
    }

    Mono<Void> track(Petition petition, Instant now) {
        Map<String, Instant> running = petition.runningDeadlines();
        return Flux.fromIterable(PetitionDeadlineEntry.STAGES)
                .concatMap(stage -> running.containsKey(stage)
                        ? open(petition, stage, running.get(stage), now)
                        : close(petition, stage))
                .then();
    }

    private Mono<Void> close(Petition petition, String stage) {
        Query entry = Query.query(Criteria.where("_id").is(PetitionDeadlineEntry.idOf(petition.id(), stage))
                .and("open").is(true));
        return mongo.updateFirst(entry, new Update().set("open", false).set("nextAlertAt", null),
                PetitionDeadlineEntry.COLLECTION).then();
    }

    private Mono<Void> open(Petition petition, String stage, Instant dueAt, Instant now) {
        Query entry = Query.query(Criteria.where("_id").is(PetitionDeadlineEntry.idOf(petition.id(), stage)));
        String holder = petition.holderCode();
        return mongo.findOne(entry, PetitionDeadlineEntry.class, PetitionDeadlineEntry.COLLECTION)
                .map(existing -> existing.dueAt().equals(dueAt)
                        ? new Current(existing.open() && Objects.equals(existing.holder(), holder), existing.fired())
                        : new Current(false, List.of()))
                .defaultIfEmpty(new Current(false, List.of()))
                .flatMap(current -> current.upToDate() ? Mono.empty()
                        : upsert(petition, stage, dueAt, holder, current.fired(), now, entry));
    }

    private Mono<Void> upsert(Petition petition, String stage, Instant dueAt, String holder, List<String> fired,
                              Instant now, Query entry) {
        List<PetitionDeadlineEntry.Alert> alerts = new ArrayList<>();
        for (int workingDays : deadlines.approachingWorkingDays()) {
            Instant firesAt = deadlines.approachingAt(dueAt, workingDays);
            // A threshold already passed when the deadline starts never fires: the case was due soon from the start.
            if (firesAt.isAfter(now)) {
                alerts.add(new PetitionDeadlineEntry.Alert(PetitionDeadlineEntry.Alert.approaching(workingDays),
                        firesAt));
            }
        }
        alerts.add(new PetitionDeadlineEntry.Alert(PetitionDeadlineEntry.BREACHED, dueAt));
        Instant next = alerts.stream().filter(alert -> !fired.contains(alert.key()))
                .map(PetitionDeadlineEntry.Alert::firesAt).min(Comparator.naturalOrder()).orElse(null);
        Update update = new Update()
                .set("caseType", PetitionDeadlineEntry.CASE_TYPE).set("caseId", petition.id())
                .set("caseNumber", petition.number()).set("stage", stage)
                .set("jurisdiction", petition.jurisdiction()).set("holder", holder)
                .set("dueAt", dueAt).set("open", true)
                .set("alerts", alerts.stream().map(alert -> mongo.getConverter().convertToMongoType(alert)).toList())
                .set("fired", fired).set("nextAlertAt", next);
        return mongo.upsert(entry, update, PetitionDeadlineEntry.COLLECTION).then();
    }

    private record Current(boolean upToDate, List<String> fired) {
    }
}

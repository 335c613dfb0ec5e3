package org.fengqiao.petition.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The watch list {@link OpenDeadline#COLLECTION}: opens an entry for a running deadline and closes it when the stage
 * ends. A moved deadline (extension, resumption, re-dispatch) is a new deadline whose alerts fire afresh. The
 * tracks' trackers call it with what they derive from the case alone, so calling it again changes nothing.
 */
@Component
public class OpenDeadlines {

    private final ReactiveMongoTemplate mongo;
    private final DeadlinePolicy policy;

    OpenDeadlines(ReactiveMongoTemplate mongo, DeadlinePolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** The case and stage a deadline belongs to, as its entry shows them; {@code holder} is a unit code. */
    public record Running(String caseType, String caseId, String caseNumber, String stage, String jurisdiction,
                          String holder, Instant dueAt) {

        String id() {
            return OpenDeadline.idOf(caseId, stage);
        }
    }

    /**
     * Opens (or brings up to date) the entry of a running deadline with alerts {@code approachingWorkingDays}
     * working days before it and at it; alerts already fired for the same due time stay fired.
     */
    public Mono<Void> open(Running deadline, List<Integer> approachingWorkingDays, Instant now) {
        Query entry = Query.query(Criteria.where("_id").is(deadline.id()));
        return mongo.findOne(entry, OpenDeadline.class, OpenDeadline.COLLECTION)
                .map(existing -> existing.dueAt().equals(deadline.dueAt())
                        ? new Current(existing.open() && Objects.equals(existing.holder(), deadline.holder()),
                                existing.fired())
                        : new Current(false, List.of()))
                .defaultIfEmpty(new Current(false, List.of()))
                .flatMap(current -> current.upToDate() ? Mono.empty()
                        : upsert(deadline, approachingWorkingDays, current.fired(), now, entry));
    }

    /** Closes the entry of a stage that ended; the scan removes it once its outbox is published. */
    public Mono<Void> close(String caseId, String stage) {
        Query entry = Query.query(Criteria.where("_id").is(OpenDeadline.idOf(caseId, stage)).and("open").is(true));
        return mongo.updateFirst(entry, new Update().set("open", false).set("nextAlertAt", null),
                OpenDeadline.COLLECTION).then();
    }

    /**
     * When "n working days left" begins: the end of the n-th working day before the due day, e.g. for n = 1 and
     * a deadline at the end of Monday, the end of the Friday before.
     */
    public static Instant approachingAt(WorkCalendar calendar, Instant dueAt, int workingDays) {
        LocalDate day = WorkCalendar.dateOf(dueAt);
        for (int counted = 0; counted < workingDays; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return WorkCalendar.endOf(day);
    }

    private Mono<Void> upsert(Running deadline, List<Integer> approachingWorkingDays, List<String> fired, Instant now,
                              Query entry) {
        List<OpenDeadline.Alert> alerts = new ArrayList<>();
        for (int workingDays : approachingWorkingDays) {
            Instant firesAt = approachingAt(policy.calendar(), deadline.dueAt(), workingDays);
            // Like DeadlinePolicy.dueSoonAlerts: a threshold already passed when the deadline starts never fires.
            if (firesAt.isAfter(now)) {
                alerts.add(new OpenDeadline.Alert(OpenDeadline.Alert.approaching(workingDays), firesAt));
            }
        }
        alerts.add(new OpenDeadline.Alert(OpenDeadline.BREACHED, deadline.dueAt()));
        Instant next = alerts.stream().filter(alert -> !fired.contains(alert.key()))
                .map(OpenDeadline.Alert::firesAt).min(Comparator.naturalOrder()).orElse(null);
        Update update = new Update()
                .set("caseType", deadline.caseType()).set("caseId", deadline.caseId())
                .set("caseNumber", deadline.caseNumber()).set("stage", deadline.stage())
                .set("jurisdiction", deadline.jurisdiction()).set("holder", deadline.holder())
                .set("dueAt", deadline.dueAt()).set("open", true)
                .set("alerts", alerts.stream().map(alert -> mongo.getConverter().convertToMongoType(alert)).toList())
                .set("fired", fired).set("nextAlertAt", next);
        return mongo.upsert(entry, update, OpenDeadline.COLLECTION).then();
    }

    private record Current(boolean upToDate, List<String> fired) {
    }
}

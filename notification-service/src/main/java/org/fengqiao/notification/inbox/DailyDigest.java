package org.fengqiao.notification.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 每日提醒: once a day, one inbox item per unit listing its overdue cases and those due within {@code due-soon}.
 * Idempotent per day and unit (the item id is {@code digest:<date>:<unit>}); a finished day is marked in
 * {@code digest_runs} so later checks that day cost one lookup.
 */
@Service
@EnableConfigurationProperties(DigestProperties.class)
class DailyDigest {

    static final String RUNS = "digest_runs";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日H:mm");

    private final ReactiveMongoOperations mongo;
    private final Inbox inbox;
    private final DigestProperties properties;
    private final Clock clock;

    DailyDigest(ReactiveMongoOperations mongo, Inbox inbox, DigestProperties properties, Clock clock) {
        this.mongo = mongo;
        this.inbox = inbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes today's digest if its time has come and it is not written yet. */
    Mono<Void> runIfDue() {
        ZonedDateTime now = clock.instant().atZone(properties.zone());
        if (now.toLocalTime().isBefore(properties.at())) {
            return Mono.empty();
        }
        LocalDate today = now.toLocalDate();
        return mongo.exists(Query.query(where("_id").is(today.toString())), RUNS)
                .flatMap(done -> done ? Mono.<Void>empty() : run(today));
    }

    /** The digest of {@code day}, as of now: units that already have theirs are left alone. */
    Mono<Void> run(LocalDate day) {
        Instant now = clock.instant();
        Query due = Query.query(where("dueAt").lt(now.plus(properties.dueSoon())));
        return mongo.find(due, OpenDeadline.class)
                .collectMultimap(OpenDeadline::unit)
                .flatMapMany(byUnit -> Flux.fromIterable(new TreeMap<>(byUnit).entrySet()))
                .concatMap(unit -> inbox.deliver("digest:" + day, new Recipient(unit.getKey()),
                        message(day, new ArrayList<>(unit.getValue()), now)))
                .then(mongo.insert(new Document("_id", day.toString()).append("at", now), RUNS)
                        .onErrorResume(DuplicateKeyException.class, alreadyMarked -> Mono.empty()))
                .then();
    }

    private InboxMessage message(LocalDate day, List<OpenDeadline> cases, Instant now) {
        cases.sort(Comparator.comparing(OpenDeadline::dueAt));
        List<OpenDeadline> overdue = cases.stream().filter(open -> open.dueAt().isBefore(now)).toList();
        List<OpenDeadline> dueSoon = cases.stream().filter(open -> !open.dueAt().isBefore(now)).toList();
        String title = "每日提醒（" + DAY.format(day) + "）：已超期 " + overdue.size() + " 件，即将到期 " + dueSoon.size() + " 件";
        StringBuilder body = new StringBuilder();
        section(body, "已超期", overdue);
        section(body, "即将到期", dueSoon);
        return new InboxMessage("digest.daily", title, body.toString(), "digest", null, null);
    }

    private void section(StringBuilder body, String name, List<OpenDeadline> cases) {
        if (cases.isEmpty()) {
            return;
        }
        if (!body.isEmpty()) {
            body.append('\n');
        }
        body.append(name).append("：");
        List<String> lines = cases.stream().limit(properties.maxListed())
                .map(open -> label(open) + "（" + DUE.format(open.dueAt().atZone(properties.zone())) + "到期）")
                .toList();
        body.append(String.join("；", lines));
        if (cases.size() > properties.maxListed()) {
            body.append("；等共 ").append(cases.size()).append(" 件");
        }
        body.append('。');
    }

    private static String label(OpenDeadline open) {
        return switch (open.caseType()) {
            case "work-order" -> "工单 " + open.reference();
            case "petition" -> "信访件 " + open.reference();
            default -> open.reference();
        };
    }
}

package org.fengqiao.grid.fieldreport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The township's queue of reports that are neither settled on the spot nor handed to another service: each is
 * due by a deadline; the township records a result (fed back to the worker), or the overdue sweep escalates it to
 * the county's grid platform ({@code field-report.escalated}), once: the report's version decides a race between
 * two sweeps or a sweep and the township. The sweep runs every {@code fengqiao.grid.field-reports.sweep-interval}.
 */
@Service
class TownshipQueue implements PeriodicSweep {

    private static final Logger log = LoggerFactory.getLogger(TownshipQueue.class);
    private static final int SWEEP_BATCH = 200;

    private final FieldReportRepository reports;
    private final FieldReportQueries queries;
    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Duration sweepInterval;

    TownshipQueue(FieldReportRepository reports, FieldReportQueries queries, ReactiveMongoTemplate mongo,
                  OutboxRelay relay, Clock clock,
                  @Value("${fengqiao.grid.field-reports.sweep-interval:PT1M}") Duration sweepInterval) {
        this.reports = reports;
        this.queries = queries;
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
        this.sweepInterval = sweepInterval;
    }

    /** Puts a queued report's deadline in place; idempotent (keyed by the report id). */
    Mono<Void> enqueue(FieldReport report) {
        if (report.status() != FieldReportStatus.queued) {
            return Mono.empty();
        }
        return mongo.save(new HandlingDeadline(report.id(), report.dueAt())).then();
    }

    /** 处置: the township's result for a report in its jurisdiction that still awaits handling. */
    Mono<FieldReport> handle(String id, String result, CurrentUser handler) {
        return queries.find(id, handler)
                .flatMap(report -> {
                    if (!report.awaitsHandling()) {
                        return Mono.error(new ConflictException("该上报事件当前状态为 " + report.status() + "，不能再处置"));
                    }
                    report.handle(new Handling(result.strip(), handler.subject(), handler.name(), clock.instant()));
                    return reports.save(report);
                })
                .flatMap(saved -> removeDeadline(saved.id()).thenReturn(saved));
    }

    @Override
    public String name() {
        return "overdue field-report sweep";
    }

    @Override
    public Duration interval() {
        return sweepInterval;
    }

    @Override
    public Mono<Long> sweep() {
        return escalateOverdue().doOnNext(escalated -> {
            if (escalated > 0) {
                log.info("Escalated {} overdue field reports", escalated);
            }
        });
    }

    /** Escalates every report whose deadline has passed; how many were escalated by this call. */
    Mono<Long> escalateOverdue() {
        Instant now = clock.instant();
        Query overdue = Query.query(Criteria.where("dueAt").lte(now)).limit(SWEEP_BATCH);
        return mongo.find(overdue, HandlingDeadline.class)
                .concatMap(deadline -> escalate(deadline.reportId(), now)
                        .flatMap(escalated -> removeDeadline(deadline.reportId()).thenReturn(escalated)))
                .filter(Boolean::booleanValue)
                .count();
    }

    private Mono<Boolean> escalate(String id, Instant now) {
        return reports.findById(id)
                .filter(report -> report.status() == FieldReportStatus.queued)
                .flatMap(report -> {
                    report.escalate(now);
                    return reports.save(report);
                })
                .doOnNext(relay::publishPending)
                .map(saved -> true)
                // Handled or escalated by someone else since we read it: nothing left to do.
                .onErrorResume(OptimisticLockingFailureException.class, raced -> Mono.just(false))
                .defaultIfEmpty(false);
    }

    private Mono<Void> removeDeadline(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), HandlingDeadline.COLLECTION).then();
    }
}

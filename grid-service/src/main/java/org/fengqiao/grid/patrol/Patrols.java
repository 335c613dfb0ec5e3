package org.fengqiao.grid.patrol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.fengqiao.grid.jurisdiction.GridArea;
import org.fengqiao.grid.jurisdiction.Grids;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Patrols by grid workers and the overdue check (every {@code fengqiao.grid.patrols.sweep-interval}): a grid
 * without a completed patrol for {@code fengqiao.grid.patrols.overdue-after} raises {@code grid.patrol-overdue}
 * once per lapse.
 */
@Service
class Patrols implements PeriodicSweep {

    private static final Logger log = LoggerFactory.getLogger(Patrols.class);

    private final ReactiveMongoTemplate mongo;
    private final Grids grids;
    private final OutboxRelay relay;
    private final PatrolProperties properties;
    private final Clock clock;
    private final Duration sweepInterval;

    Patrols(ReactiveMongoTemplate mongo, Grids grids, OutboxRelay relay, PatrolProperties properties, Clock clock,
            @Value("${fengqiao.grid.patrols.sweep-interval:PT1H}") Duration sweepInterval) {
        this.mongo = mongo;
        this.grids = grids;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
        this.sweepInterval = sweepInterval;
    }

    /**
     * Starts a patrol; with a client id a resend answers the patrol started first ({@code created} false) instead of
     * starting a second one.
     */
    Mono<Started> start(String gridCode, String clientPatrolId, CurrentUser worker) {
        if (!worker.canSee(Jurisdiction.of(gridCode))) {
            return Mono.error(new ForbiddenException("网格 " + gridCode + " 不在您的管辖范围（" + worker.jurisdiction()
                    + "）内，不能在此巡查"));
        }
        String id = clientPatrolId == null ? new ObjectId().toHexString()
                : Patrol.idFor(worker.subject(), clientPatrolId);
        Mono<Started> existing = mongo.findById(id, Patrol.class).map(patrol -> new Started(patrol, false));
        return existing.switchIfEmpty(Mono.defer(() -> grids.find(gridCode)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("网格不存在: " + gridCode)))
                .flatMap(grid -> mongo.insert(Patrol.start(id, gridCode, worker.subject(), worker.name(),
                        clock.instant())))
                .map(patrol -> new Started(patrol, true))
                .onErrorResume(DuplicateKeyException.class, raced -> existing)));
    }

    /** A started patrol and whether this call started it. */
    record Started(Patrol patrol, boolean created) {
    }

    Mono<Patrol> record(String id, List<TrackPoint> points, CurrentUser worker) {
        return ownOpen(id, worker).flatMap(patrol -> {
            patrol.record(points);
            return mongo.save(patrol);
        });
    }

    Mono<Patrol> end(String id, String notes, List<Visit> visits, CurrentUser worker) {
        return ownOpen(id, worker)
                .flatMap(patrol -> {
                    patrol.end(notes, visits == null ? List.of() : visits, clock.instant());
                    return mongo.save(patrol);
                })
                .flatMap(ended -> patrolled(ended).thenReturn(ended));
    }

    Mono<Patrol> find(String id, CurrentUser user) {
        return mongo.findById(id, Patrol.class)
                .filter(patrol -> user.canSee(Jurisdiction.of(patrol.gridCode())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("巡查记录不存在: " + id)));
    }

    @Override
    public String name() {
        return "patrol overdue check";
    }

    @Override
    public Duration interval() {
        return sweepInterval;
    }

    @Override
    public Mono<Long> sweep() {
        return raiseOverdue().doOnNext(raised -> {
            if (raised > 0) {
                log.info("{} grids overdue for a patrol", raised);
            }
        });
    }

    /** Checks every grid; how many newly overdue grids this call raised. */
    Mono<Long> raiseOverdue() {
        Instant now = clock.instant();
        return grids.all()
                .concatMap(grid -> Mono.defer(() -> watchOf(grid, now)
                                .filter(watch -> watch.raiseIfOverdue(properties.overdueAfter(), now))
                                .flatMap(mongo::save))
                        .retryWhen(Retry.max(3).filter(OptimisticLockingFailureException.class::isInstance))
                        .doOnNext(relay::publishPending))
                .count();
    }

    private Mono<Void> patrolled(Patrol ended) {
        return grids.find(ended.gridCode())
                .flatMap(grid -> Mono.defer(() -> watchOf(grid, ended.endedAt())
                                .flatMap(watch -> {
                                    watch.patrolled(ended.endedAt());
                                    return mongo.save(watch);
                                }))
                        .retryWhen(Retry.max(3).filter(OptimisticLockingFailureException.class::isInstance)))
                .then();
    }

    private Mono<PatrolWatch> watchOf(GridArea grid, Instant now) {
        return mongo.findById(grid.code(), PatrolWatch.class)
                .switchIfEmpty(Mono.defer(() -> mongo.insert(PatrolWatch.of(grid.code(), grid.name(), now))
                        .onErrorResume(DuplicateKeyException.class,
                                raced -> mongo.findById(grid.code(), PatrolWatch.class))));
    }

    private Mono<Patrol> ownOpen(String id, CurrentUser worker) {
        return find(id, worker)
                .filter(patrol -> patrol.worker().equals(worker.subject()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("巡查记录不存在: " + id)))
                .flatMap(patrol -> patrol.ended() ? Mono.error(new ConflictException("该巡查已结束")) : Mono.just(patrol));
    }
}

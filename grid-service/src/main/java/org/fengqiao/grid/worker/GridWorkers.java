package org.fengqiao.grid.worker;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.grid.jurisdiction.Grids;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The grid worker registry. A manager sees and changes only workers whose village lies in their jurisdiction (404
 * otherwise) and assigns only grids there (403 otherwise).
 */
@Service
public class GridWorkers {

    private final ReactiveMongoTemplate mongo;
    private final Grids grids;
    private final Clock clock;

    GridWorkers(ReactiveMongoTemplate mongo, Grids grids, Clock clock) {
        this.mongo = mongo;
        this.grids = grids;
        this.clock = clock;
    }

    /** The registry entry of this identity subject; empty when the worker is not registered. */
    public Mono<WorkerAssignment> assignment(String subject) {
        return mongo.findById(subject, GridWorker.class)
                .map(worker -> new WorkerAssignment(worker.active(), Set.copyOf(worker.gridCodes())));
    }

    Mono<GridWorker> register(GridWorkerRequest request, CurrentUser manager) {
        if (request.subject() == null || request.subject().isBlank()) {
            return Mono.error(new InvalidWorkerException("subject", "须填写网格员的身份标识"));
        }
        return checkedGrids(request, manager)
                .flatMap(gridCodes -> mongo.insert(new GridWorker(request.subject(), null, request.name().strip(),
                        request.phone(), village(gridCodes), gridCodes, request.isActive(), clock.instant(),
                        manager.subject())))
                .onErrorMap(DuplicateKeyException.class,
                        duplicate -> new ConflictException("网格员已登记: " + request.subject()));
    }

    Mono<GridWorker> change(String subject, GridWorkerRequest request, CurrentUser manager) {
        return find(subject, manager)
                .flatMap(existing -> checkedGrids(request, manager)
                        .map(gridCodes -> existing.withDetails(request.name().strip(), request.phone(),
                                village(gridCodes), gridCodes, request.isActive(), clock.instant(),
                                manager.subject())))
                .flatMap(mongo::save);
    }

    Mono<GridWorker> find(String subject, CurrentUser manager) {
        return mongo.findById(subject, GridWorker.class)
                .filter(worker -> manager.canSee(Jurisdiction.of(worker.village())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("网格员不存在: " + subject)));
    }

    Flux<GridWorker> list(CurrentUser manager) {
        return mongo.find(Query.query(Criteria.where("village").regex("^" + manager.jurisdiction().code()))
                .with(Sort.by("village", "_id")), GridWorker.class);
    }

    /** The distinct grids, all of one village in the manager's jurisdiction, each existing. */
    private Mono<List<String>> checkedGrids(GridWorkerRequest request, CurrentUser manager) {
        List<String> gridCodes = List.copyOf(new LinkedHashSet<>(request.gridCodes()));
        String village = village(gridCodes);
        if (gridCodes.stream().anyMatch(code -> !code.startsWith(village))) {
            return Mono.error(new InvalidWorkerException("gridCodes", "一名网格员的网格须在同一个村（社区）内"));
        }
        if (!manager.canSee(Jurisdiction.of(village))) {
            return Mono.error(new ForbiddenException("村（社区）" + village + " 不在您的管辖范围（"
                    + manager.jurisdiction() + "）内"));
        }
        return Flux.fromIterable(gridCodes)
                .concatMap(code -> grids.find(code).hasElement()
                        .flatMap(exists -> exists ? Mono.just(code)
                                : Mono.error(new InvalidWorkerException("gridCodes", "网格 " + code + " 不存在"))))
                .collectList();
    }

    private static String village(List<String> gridCodes) {
        return gridCodes.get(0).substring(0, 12);
    }
}

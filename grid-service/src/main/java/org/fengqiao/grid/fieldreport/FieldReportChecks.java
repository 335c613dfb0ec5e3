package org.fengqiao.grid.fieldreport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.fengqiao.grid.jurisdiction.GridArea;
import org.fengqiao.grid.jurisdiction.Grids;
import org.fengqiao.grid.worker.GridWorkers;
import org.fengqiao.grid.worker.WorkerAssignment;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Everything a report must pass before it is stored: its fields, then where it was filed. */
@Component
class FieldReportChecks {

    private final Validator validator;
    private final Grids grids;
    private final GridWorkers workers;
    private final FieldReportProperties properties;
    private final Clock clock;

    FieldReportChecks(Validator validator, Grids grids, GridWorkers workers, FieldReportProperties properties,
                      Clock clock) {
        this.validator = validator;
        this.grids = grids;
        this.workers = workers;
        this.properties = properties;
        this.clock = clock;
    }

    /** The report's own fields: bean constraints plus the rules between fields and against our clock. */
    List<FieldProblem> problems(FieldReportRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<FieldReportRequest> violation : validator.validate(request)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (request.occurredAt() != null
                && request.occurredAt().isAfter(clock.instant().plus(properties.clockSkew()))) {
            problems.add(new FieldProblem("occurredAt", "发生时间不能晚于当前时间"));
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            problems.add(new FieldProblem(request.latitude() == null ? "latitude" : "longitude", "经纬度须同时提供"));
        }
        if (request.onSpot() && (request.result() == null || request.result().isBlank())) {
            problems.add(new FieldProblem("result", "就地处置的事件须填写处置结果"));
        }
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return problems;
    }

    /**
     * Where it was filed: a grid inside the worker's jurisdiction, among their assigned grids when they are in the
     * registry, and inside that grid's boundary.
     */
    Mono<Placement> place(FieldReportRequest request, CurrentUser user) {
        Jurisdiction grid = Jurisdiction.of(request.gridCode());
        if (!user.canSee(grid)) {
            return Mono.just(Placement.rejected(Rejection.outsideJurisdiction(grid.code(), user.jurisdiction().code())));
        }
        return workers.assignment(user.subject())
                .map(assignment -> assignmentRejection(assignment, grid.code()))
                .defaultIfEmpty(Placement.accepted(null))
                .flatMap(assigned -> assigned.rejection() != null ? Mono.just(assigned) : grids.find(grid.code())
                        .map(area -> locate(request, area))
                        .defaultIfEmpty(Placement.rejected(Rejection.unknownGrid(grid.code()))));
    }

    /**
     * A worker in the registry files only in their assigned grids, and not at all while inactive; a worker with no
     * registry entry keeps the village scope of their token.
     */
    private static Placement assignmentRejection(WorkerAssignment assignment, String gridCode) {
        if (!assignment.active()) {
            return Placement.rejected(Rejection.workerInactive());
        }
        return assignment.assigned(gridCode) ? Placement.accepted(null)
                : Placement.rejected(Rejection.notAssignedGrid(gridCode, assignment.gridCodes()));
    }

    private Placement locate(FieldReportRequest request, GridArea area) {
        if (request.latitude() == null) {
            return Placement.accepted(LocationCheck.no_position);
        }
        if (area.boundary() == null) {
            return Placement.accepted(LocationCheck.no_boundary);
        }
        if (area.boundary().contains(request.latitude(), request.longitude())) {
            return Placement.accepted(LocationCheck.inside);
        }
        return properties.outsideGrid() == OutsideGridPolicy.flag
                ? Placement.accepted(LocationCheck.outside_flagged)
                : Placement.rejected(Rejection.outsideBoundary(area.code(), area.name()));
    }

    /** Either where the report stands against its grid, or why it cannot be filed there. */
    record Placement(LocationCheck location, Rejection rejection) {

        static Placement accepted(LocationCheck location) {
            return new Placement(location, null);
        }

        static Placement rejected(Rejection rejection) {
            return new Placement(null, rejection);
        }
    }
}

package org.fengqiao.grid.fieldreport;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@Validated
@RequestMapping("/api/field-reports")
class FieldReportController {

    /** People of every tier read field reports; the 12345 system has no business with them. */
    static final String READERS =
            "hasAnyRole('GRID_WORKER', 'HANDLER', 'DISPATCHER', 'MEDIATOR', 'LEADER', 'SUPERVISOR', 'SURVEYOR', 'ADMIN')";

    private final FieldReportIntake intake;
    private final FieldReportSync sync;
    private final FieldReportQueries queries;
    private final TownshipQueue queue;

    FieldReportController(FieldReportIntake intake, FieldReportSync sync, FieldReportQueries queries,
                          TownshipQueue queue) {
        this.intake = intake;
        this.sync = sync;
        this.queries = queries;
        this.queue = queue;
    }

    /**
     * 事件上报: 201 with the new report, or 200 with the stored one when this client id was sent before; a
     * rejection is a problem detail (400 invalid, 403 outside the worker's jurisdiction, 422 unknown grid or
     * position outside the grid) with a {@code reason}.
     */
    @PostMapping
    @PreAuthorize("hasRole('GRID_WORKER')")
    Mono<ResponseEntity<FieldReportResponse>> submit(@Valid @RequestBody FieldReportRequest request,
                                                     CurrentUser user) {
        return intake.submit(request, user).flatMap(outcome -> {
            if (outcome.rejection() != null) {
                return Mono.error(new FieldReportRejectedException(outcome.rejection()));
            }
            FieldReportResponse body = FieldReportResponse.of(outcome.report());
            return Mono.just(outcome.created() != null
                    ? ResponseEntity.created(URI.create("/api/field-reports/" + body.id())).body(body)
                    : ResponseEntity.status(HttpStatus.OK).body(body));
        });
    }

    /** Offline sync: always 200 with one result per item (created, duplicate or rejected with the reason). */
    @PostMapping("/batch")
    @PreAuthorize("hasRole('GRID_WORKER')")
    Mono<BatchResponse> batch(@Valid @RequestBody BatchRequest request, CurrentUser user) {
        return sync.sync(request.reports(), user);
    }

    @GetMapping
    @PreAuthorize(READERS)
    Mono<List<FieldReportResponse>> list(@RequestParam(required = false) Jurisdiction within,
                                         @RequestParam(required = false) FieldReportType type,
                                         @RequestParam(required = false) FieldReportStatus status,
                                         @RequestParam(defaultValue = "false") boolean mine,
                                         @RequestParam(required = false) Instant before,
                                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                         CurrentUser user) {
        return queries.list(new FieldReportQueries.Filter(within, type, status, mine, before, limit), user)
                .map(FieldReportResponse::of)
                .collectList();
    }

    /** 处置: the township (or county) records its result for a queued or escalated report; 409 otherwise. */
    @PostMapping("/{id}/handling")
    @PreAuthorize("hasAnyRole('HANDLER', 'DISPATCHER')")
    Mono<FieldReportResponse> handle(@PathVariable String id, @Valid @RequestBody HandlingRequest request,
                                     CurrentUser user) {
        return queue.handle(id, request.result(), user).map(FieldReportResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<FieldReportResponse> get(@PathVariable String id, CurrentUser user) {
        return queries.find(id, user).map(FieldReportResponse::of);
    }
}

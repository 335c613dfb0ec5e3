package org.fengqiao.grid.patrol;

import java.net.URI;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/patrols")
class PatrolController {

    private final Patrols patrols;

    PatrolController(Patrols patrols) {
        this.patrols = patrols;
    }

    /**
     * 开始巡查 in one of the worker's grids: 201; 200 with the patrol started first when its {@code clientPatrolId}
     * is sent again.
     */
    @PostMapping
    @PreAuthorize("hasRole('GRID_WORKER')")
    Mono<ResponseEntity<PatrolResponse>> start(@Valid @RequestBody PatrolRequests.Start request, CurrentUser user) {
        return patrols.start(request.gridCode(), request.clientPatrolId(), user).map(started -> {
            PatrolResponse body = PatrolResponse.of(started.patrol());
            return started.created() ? ResponseEntity.created(URI.create("/api/patrols/" + body.id())).body(body)
                    : ResponseEntity.ok(body);
        });
    }

    /** A batch of GPS fixes for the worker's own open patrol; 409 once it has ended. */
    @PostMapping("/{id}/points")
    @PreAuthorize("hasRole('GRID_WORKER')")
    Mono<PatrolResponse> points(@PathVariable String id, @Valid @RequestBody PatrolRequests.Points request,
                                CurrentUser user) {
        return patrols.record(id, request.points(), user).map(PatrolResponse::of);
    }

    /** 结束巡查 with notes and the households visited (走访). */
    @PostMapping("/{id}/end")
    @PreAuthorize("hasRole('GRID_WORKER')")
    Mono<PatrolResponse> end(@PathVariable String id, @Valid @RequestBody PatrolRequests.End request,
                             CurrentUser user) {
        return patrols.end(id, request.notes(), request.visits(), user).map(PatrolResponse::of);
    }

    @GetMapping("/{id}")
    Mono<PatrolResponse> get(@PathVariable String id, CurrentUser user) {
        return patrols.find(id, user).map(PatrolResponse::of);
    }
}

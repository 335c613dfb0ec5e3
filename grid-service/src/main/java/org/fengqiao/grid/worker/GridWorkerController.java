package org.fengqiao.grid.worker;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** 网格员登记: managed by a township handler or a county admin/dispatcher within their jurisdiction. */
@RestController
@RequestMapping("/api/grids/workers")
@PreAuthorize("hasAnyRole('HANDLER','ADMIN','DISPATCHER')")
class GridWorkerController {

    private final GridWorkers workers;

    GridWorkerController(GridWorkers workers) {
        this.workers = workers;
    }

    @PostMapping
    Mono<ResponseEntity<GridWorkerResponse>> register(@Valid @RequestBody GridWorkerRequest request,
                                                      CurrentUser user) {
        return workers.register(request, user).map(GridWorkerResponse::of)
                .map(body -> ResponseEntity.created(URI.create("/api/grids/workers/" + body.subject())).body(body));
    }

    @PutMapping("/{subject}")
    Mono<GridWorkerResponse> change(@PathVariable String subject, @Valid @RequestBody GridWorkerRequest request,
                                    CurrentUser user) {
        return workers.change(subject, request, user).map(GridWorkerResponse::of);
    }

    @GetMapping("/{subject}")
    Mono<GridWorkerResponse> get(@PathVariable String subject, CurrentUser user) {
        return workers.find(subject, user).map(GridWorkerResponse::of);
    }

    @GetMapping
    Mono<List<GridWorkerResponse>> list(CurrentUser user) {
        return workers.list(user).map(GridWorkerResponse::of).collectList();
    }
}

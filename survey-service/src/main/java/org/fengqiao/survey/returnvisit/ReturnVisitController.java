package org.fengqiao.survey.returnvisit;

import java.util.List;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** The surveyors' queue of return visits in their jurisdiction, and recording a visit's outcome. */
@RestController
@RequestMapping("/api/return-visits")
class ReturnVisitController {

    private final ReturnVisits returnVisits;

    ReturnVisitController(ReturnVisits returnVisits) {
        this.returnVisits = returnVisits;
    }

    /** Visits in the caller's jurisdiction, soonest due first; {@code pending=true} hides those already done. */
    @GetMapping
    @PreAuthorize("hasAnyRole('SURVEYOR', 'DISPATCHER')")
    Mono<List<ReturnVisitResponse>> list(@RequestParam(defaultValue = "false") boolean pending,
                                         @RequestParam(required = false) Integer size, CurrentUser user) {
        return Mono.defer(() -> returnVisits.list(pending, size, user).map(ReturnVisitResponse::of).collectList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SURVEYOR', 'DISPATCHER')")
    Mono<ReturnVisitResponse> get(@PathVariable String id, CurrentUser user) {
        return returnVisits.find(id, user).map(ReturnVisitResponse::of);
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasRole('SURVEYOR')")
    Mono<ReturnVisitResponse> outcome(@PathVariable String id, @Valid @RequestBody OutcomeRequest request,
                                      CurrentUser user) {
        return Mono.defer(() -> returnVisits.recordOutcome(id, request, user)).map(ReturnVisitResponse::of);
    }
}

package org.fengqiao.petition.petition;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The petition transitions. The holding unit's: 受理, 不予受理, 转送, 交办, 退回, 上报, 延期申请, 中止, 恢复, 答复 and the
 * 复查/复核 decisions and progress notes; the holder or the county dispatcher: the owning leader (包案); the managing
 * county's: 复查/复核 requests, 终结, 办结; the county supervisor's: 延期审批 and 督办.
 * Each answers the petition as it is after the change; an illegal transition is 409 and changes nothing.
 */
@RestController
@RequestMapping("/api/petitions/{id}")
class PetitionHandlingController {

    private final PetitionHandling handling;

    PetitionHandlingController(PetitionHandling handling) {
        this.handling = handling;
    }

    @PostMapping("/accept")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> accept(@PathVariable String id,
            @Valid @RequestBody(required = false) Mono<Requests.Note> request, CurrentUser user) {
        return request.defaultIfEmpty(Requests.Note.NONE).flatMap(body -> handling.accept(id, body, user))
                .map(PetitionResponse::of);
    }

    @PostMapping("/not-accept")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> notAccept(@PathVariable String id, @Valid @RequestBody Requests.NotAccept request,
            CurrentUser user) {
        return handling.notAccept(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/forward")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> forward(@PathVariable String id, @Valid @RequestBody Requests.Forward request,
            CurrentUser user) {
        return handling.forward(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/assign")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> assign(@PathVariable String id, @Valid @RequestBody Requests.Assign request,
            CurrentUser user) {
        return handling.assign(id, request, user).map(PetitionResponse::of);
    }

    // A village's petition work is done by its 调解员 (the village has no handler): it returns or escalates.
    @PostMapping("/return")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER', 'MEDIATOR')")
    Mono<PetitionResponse> returnToAssigner(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
            CurrentUser user) {
        return handling.returnToAssigner(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/escalate")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER', 'MEDIATOR')")
    Mono<PetitionResponse> escalate(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
            CurrentUser user) {
        return handling.escalate(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/extension")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> requestExtension(@PathVariable String id, @Valid @RequestBody Requests.ExtensionRequest request,
            CurrentUser user) {
        return handling.requestExtension(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/extension/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Mono<PetitionResponse> decideExtension(@PathVariable String id, @Valid @RequestBody Requests.Decision request,
            CurrentUser user) {
        return handling.decideExtension(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/suspend")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> suspend(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
            CurrentUser user) {
        return handling.suspend(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/resume")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> resume(@PathVariable String id,
            @Valid @RequestBody(required = false) Mono<Requests.Note> request, CurrentUser user) {
        return request.defaultIfEmpty(Requests.Note.NONE).flatMap(body -> handling.resume(id, body, user))
                .map(PetitionResponse::of);
    }

    @PostMapping("/reply")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> reply(@PathVariable String id, @Valid @RequestBody Requests.ReplyRequest request,
            CurrentUser user) {
        return handling.reply(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/review")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<PetitionResponse> requestReview(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
            CurrentUser user) {
        return handling.requestReview(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/review/decision")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER', 'LEADER')")
    Mono<PetitionResponse> decideReview(@PathVariable String id, @Valid @RequestBody Requests.ReviewDecision request,
            CurrentUser user) {
        return handling.decideReview(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/re-review")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<PetitionResponse> requestReReview(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
            CurrentUser user) {
        return handling.requestReReview(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/re-review/decision")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER', 'LEADER')")
    Mono<PetitionResponse> decideReReview(@PathVariable String id, @Valid @RequestBody Requests.ReviewDecision request,
            CurrentUser user) {
        return handling.decideReReview(id, request, user).map(PetitionResponse::of);
    }

    @PostMapping("/terminate")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<PetitionResponse> terminate(@PathVariable String id,
            @Valid @RequestBody(required = false) Mono<Requests.Note> request, CurrentUser user) {
        return request.defaultIfEmpty(Requests.Note.NONE).flatMap(body -> handling.terminate(id, body, user))
                .map(PetitionResponse::of);
    }

    @PostMapping("/close")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<PetitionResponse> close(@PathVariable String id,
            @Valid @RequestBody(required = false) Mono<Requests.Note> request, CurrentUser user) {
        return request.defaultIfEmpty(Requests.Note.NONE).flatMap(body -> handling.close(id, body, user))
                .map(PetitionResponse::of);
    }

    @PostMapping("/supervision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Mono<PetitionResponse> supervise(@PathVariable String id, @Valid @RequestBody Requests.Supervise request,
            CurrentUser user) {
        return handling.supervise(id, request, user).map(PetitionResponse::of);
    }

    /** 办理进展: a progress note of the holding unit, in the timeline. */
    @PostMapping("/notes")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> addNote(@PathVariable String id, @Valid @RequestBody Requests.ProgressNote request,
            CurrentUser user) {
        return handling.addNote(id, request, user).map(PetitionResponse::of);
    }

    /** 包案领导: named by the holding unit or the county dispatcher. */
    @PostMapping("/owner")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'HANDLER')")
    Mono<PetitionResponse> assignOwner(@PathVariable String id, @Valid @RequestBody Requests.Owner request,
            CurrentUser user) {
        return handling.assignOwner(id, request, user).map(PetitionResponse::of);
    }
}

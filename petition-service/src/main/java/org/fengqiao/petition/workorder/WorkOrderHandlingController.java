package org.fengqiao.petition.workorder;

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
 * The work-order transitions: the dispatcher's (派单, 改派, 延期审批, 审核, 结案, 重办) and the holding unit's
 * (退单, 签收, 延期申请, 回单). Each answers the order as it is after the change; an illegal transition is 409.
 */
@RestController
@RequestMapping("/api/work-orders/{id}")
class WorkOrderHandlingController {

    private final WorkOrderHandling handling;

    WorkOrderHandlingController(WorkOrderHandling handling) {
        this.handling = handling;
    }

    @PostMapping("/dispatch")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<WorkOrderResponse> dispatch(@PathVariable String id, @Valid @RequestBody DispatchRequest request,
                                     CurrentUser user) {
        return handling.dispatch(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/reassign")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<WorkOrderResponse> reassign(@PathVariable String id, @Valid @RequestBody DispatchRequest request,
                                     CurrentUser user) {
        return handling.reassign(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/return")
    @PreAuthorize("hasRole('HANDLER')")
    Mono<WorkOrderResponse> returnToDispatcher(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                               CurrentUser user) {
        return handling.returnToDispatcher(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/claim")
    @PreAuthorize("hasRole('HANDLER')")
    Mono<WorkOrderResponse> claim(@PathVariable String id, CurrentUser user) {
        return handling.claim(id, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/extension")
    @PreAuthorize("hasRole('HANDLER')")
    Mono<WorkOrderResponse> requestExtension(@PathVariable String id, @Valid @RequestBody ExtensionRequest request,
                                             CurrentUser user) {
        return handling.requestExtension(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/extension/decision")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<WorkOrderResponse> decideExtension(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                            CurrentUser user) {
        return handling.decideExtension(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/reply")
    @PreAuthorize("hasRole('HANDLER')")
    Mono<WorkOrderResponse> reply(@PathVariable String id, @Valid @RequestBody ReplyRequest request,
                                  CurrentUser user) {
        return handling.reply(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/review")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<WorkOrderResponse> review(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                   CurrentUser user) {
        return handling.review(id, request, user).map(WorkOrderResponse::of);
    }

    @PostMapping("/close")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<WorkOrderResponse> close(@PathVariable String id,
                                  @Valid @RequestBody(required = false) Mono<NoteRequest> request, CurrentUser user) {
        return request.defaultIfEmpty(NoteRequest.NONE).flatMap(note -> handling.close(id, note, user))
                .map(WorkOrderResponse::of);
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('DISPATCHER')")
    Mono<WorkOrderResponse> reopen(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                   CurrentUser user) {
        return handling.reopen(id, request, user).map(WorkOrderResponse::of);
    }
}

package org.fengqiao.petition.workorder;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.fengqiao.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Intake from the hotline and reading work orders. */
@RestController
@RequestMapping("/api/work-orders")
class WorkOrderController {

    private final WorkOrderIntake intake;
    private final WorkOrderReading reading;

    WorkOrderController(WorkOrderIntake intake, WorkOrderReading reading) {
        this.intake = intake;
        this.reading = reading;
    }

    /** 201 with the new order, or 200 with the existing one when the order number was pushed before. */
    @PostMapping
    @PreAuthorize("hasAnyRole('HOTLINE', 'DISPATCHER')")
    Mono<ResponseEntity<WorkOrderResponse>> receive(@Valid @RequestBody ReceiveWorkOrderRequest request, CurrentUser user) {
        return intake.receive(request, user).map(receipt -> {
            WorkOrderResponse body = WorkOrderResponse.of(receipt.order());
            return receipt.created()
                    ? ResponseEntity.created(URI.create("/api/work-orders/" + body.id())).body(body)
                    : ResponseEntity.status(HttpStatus.OK).body(body);
        });
    }

    /** The orders in the caller's scope, optionally in the given states, paged by {@code after} (an id). */
    @GetMapping
    Mono<WorkOrderPage> list(@RequestParam(required = false) List<WorkOrderState> state,
                             @RequestParam(required = false) String after,
                             @RequestParam(required = false) Integer size, CurrentUser user) {
        return reading.list(state, after, size, user);
    }

    @GetMapping("/{id}")
    Mono<WorkOrderResponse> get(@PathVariable String id, CurrentUser user) {
        return reading.find(id, user).map(WorkOrderResponse::of);
    }

    /** Who did what when, oldest first. */
    @GetMapping("/{id}/timeline")
    Mono<List<TimelineEntry>> timeline(@PathVariable String id, CurrentUser user) {
        return reading.find(id, user).map(WorkOrder::timeline);
    }
}

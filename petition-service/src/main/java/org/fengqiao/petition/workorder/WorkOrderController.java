package org.fengqiao.petition.workorder;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.fengqiao.petition.listing.ListPage;
import org.fengqiao.petition.listing.ListRequest;
import org.fengqiao.petition.listing.Listings;
import org.fengqiao.petition.listing.StateCounts;
import org.fengqiao.platform.security.CurrentUser;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Intake from the hotline and reading work orders. */
@RestController
@RequestMapping("/api/work-orders")
class WorkOrderController {

    private final WorkOrderIntake intake;
    private final WorkOrderReading reading;
    private final Clock clock;

    WorkOrderController(WorkOrderIntake intake, WorkOrderReading reading, Clock clock) {
        this.intake = intake;
        this.reading = reading;
        this.clock = clock;
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

    /**
     * The orders in the caller's scope: filters {@code state category jurisdiction holder flag dueBefore overdue},
     * {@code page}/{@code size}, {@code sort}, or {@code after} (an id) in the default order; see {@link ListRequest}.
     */
    @GetMapping
    Mono<ListPage<WorkOrderSummary>> search(@RequestParam MultiValueMap<String, String> params, CurrentUser user) {
        return reading.search(params, user);
    }

    /** How many orders in the caller's scope (and the same filters) are in each state. */
    @GetMapping("/counts")
    Mono<StateCounts> counts(@RequestParam MultiValueMap<String, String> params, CurrentUser user) {
        return reading.counts(params, user);
    }

    /** The list as a CSV file for Excel (same filters and sort, no paging, at most {@link Listings#EXPORT_CAP} rows). */
    @GetMapping("/export.csv")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(@RequestParam MultiValueMap<String, String> params,
                                                  CurrentUser user) {
        return reading.export(params, user).map(download -> download.asAttachment("work-orders", clock.instant()));
    }

    /** 超期清单 per holding unit, within the caller's scope (the same shape as {@code /api/petitions/overdue}). */
    @GetMapping("/overdue")
    Mono<List<OverdueUnit>> overdue(CurrentUser user) {
        return reading.overdue(user);
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

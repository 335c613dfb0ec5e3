package org.fengqiao.petition.workorder;

import java.time.Instant;

import org.fengqiao.petition.deadline.DeadlineScan;
import org.fengqiao.petition.deadline.DeadlineTrack;
import org.fengqiao.petition.deadline.OpenDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The work orders' part of the 督办 {@link DeadlineScan}: entries with {@code caseType = work-order}, current while
 * the order is running with the entry's due time. Each pass first removes the closed, published entries.
 */
@Component
class WorkOrderDeadlineScan implements DeadlineTrack {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderDeadlineScan.class);

    private final DeadlineScan deadlineScan;
    private final WorkOrderRepository orders;
    private final WorkOrderDeadlineTracker tracker;

    WorkOrderDeadlineScan(DeadlineScan deadlineScan, WorkOrderRepository orders, WorkOrderDeadlineTracker tracker) {
        this.deadlineScan = deadlineScan;
        this.orders = orders;
        this.tracker = tracker;
    }

    @Scheduled(fixedDelayString = "${fengqiao.work-orders.deadline-scan-interval:PT1M}",
            initialDelayString = "${fengqiao.work-orders.deadline-scan-interval:PT1M}")
    void scheduled() {
        // A scheduler thread, not a reactive pipeline: waiting here keeps scans from overlapping.
        scan().onErrorResume(error -> {
            log.warn("Deadline scan failed; the next one retries: {}", error.toString());
            return Mono.just(0);
        }).block();
    }

    /** One pass; answers how many events it published. */
    Mono<Integer> scan() {
        return deadlineScan.removeEnded().then(deadlineScan.scan(this));
    }

    @Override
    public String caseType() {
        return WorkOrderDeadlineTracker.CASE_TYPE;
    }

    @Override
    public Mono<Boolean> stillRunning(OpenDeadline entry, Instant now) {
        return orders.findById(entry.caseId())
                .flatMap(order -> WorkOrderDeadlineTracker.isRunning(order) && order.dueAt().equals(entry.dueAt())
                        ? Mono.just(true)
                        : tracker.track(order, now).thenReturn(false));
    }
}

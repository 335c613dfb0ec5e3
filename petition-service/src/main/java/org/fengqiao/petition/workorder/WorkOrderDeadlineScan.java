package org.fengqiao.petition.workorder;

import java.time.Duration;
import java.time.Instant;

import org.fengqiao.petition.deadline.DeadlineScan;
import org.fengqiao.petition.deadline.DeadlineTrack;
import org.fengqiao.petition.deadline.OpenDeadline;
import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The work orders' part of the 督办 {@link DeadlineScan}: entries with {@code caseType = work-order}, current while
 * the order is running with the entry's due time. Each pass first removes the closed, published entries; a pass
 * every {@code fengqiao.work-orders.deadline-scan-interval}.
 */
@Component
class WorkOrderDeadlineScan implements DeadlineTrack, PeriodicSweep {

    private final DeadlineScan deadlineScan;
    private final WorkOrderRepository orders;
    private final WorkOrderDeadlineTracker tracker;
    private final Duration interval;

    WorkOrderDeadlineScan(DeadlineScan deadlineScan, WorkOrderRepository orders, WorkOrderDeadlineTracker tracker,
                          WorkOrderProperties properties) {
        this.deadlineScan = deadlineScan;
        this.orders = orders;
        this.tracker = tracker;
        this.interval = properties.deadlineScanInterval();
    }

    @Override
    public String name() {
        return "work-order deadline scan";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Mono<Integer> sweep() {
        return scan();
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

package org.fengqiao.grid.patrol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.grid.v1.GridPatrolOverdue;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A grid's patrol record for the overdue check: when it was last patrolled and whether the current lapse was
 * already raised. One small document per grid, so the sweep reads only these.
 */
@Document(PatrolWatch.COLLECTION)
class PatrolWatch {

    static final String COLLECTION = "patrol_watch";

    @Id
    private final String gridCode;
    @Version
    private Long version;
    private final String gridName;
    private final Instant watchedSince;
    private Instant lastPatrolAt;
    private Instant overdueRaisedAt;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    PatrolWatch(String gridCode, Long version, String gridName, Instant watchedSince, Instant lastPatrolAt,
                Instant overdueRaisedAt, List<OutboxEvent> outbox) {
        this.gridCode = gridCode;
        this.version = version;
        this.gridName = gridName;
        this.watchedSince = watchedSince;
        this.lastPatrolAt = lastPatrolAt;
        this.overdueRaisedAt = overdueRaisedAt;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    static PatrolWatch of(String gridCode, String gridName, Instant now) {
        return new PatrolWatch(gridCode, null, gridName, now, null, null, List.of());
    }

    /** Raises {@code grid.patrol-overdue} when the grid is overdue and this lapse was not raised yet. */
    boolean raiseIfOverdue(Duration threshold, Instant now) {
        Instant overdueSince = (lastPatrolAt != null ? lastPatrolAt : watchedSince).plus(threshold);
        if (overdueRaisedAt != null || now.isBefore(overdueSince)) {
            return false;
        }
        overdueRaisedAt = now;
        outbox.add(OutboxEvent.of(new GridPatrolOverdue(gridCode, gridName, gridCode.substring(0, 12), lastPatrolAt,
                overdueSince, (int) threshold.toDays(), now), gridCode, gridCode.substring(0, 12), now));
        return true;
    }

    /** A patrol of the grid ended: the lapse, if any, is over. */
    void patrolled(Instant endedAt) {
        if (lastPatrolAt == null || endedAt.isAfter(lastPatrolAt)) {
            lastPatrolAt = endedAt;
        }
        overdueRaisedAt = null;
    }

    String gridCode() {
        return gridCode;
    }

    Instant lastPatrolAt() {
        return lastPatrolAt;
    }

    Instant overdueRaisedAt() {
        return overdueRaisedAt;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}

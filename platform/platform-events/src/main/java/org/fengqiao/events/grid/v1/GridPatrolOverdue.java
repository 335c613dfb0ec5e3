package org.fengqiao.events.grid.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 巡查超期: a grid has had no completed patrol for longer than the threshold (7 days unless configured). Raised once
 * per lapse: the next completed patrol clears it, and only a new lapse raises it again.
 *
 * @param gridCode      the grid (14-digit code), also the event key
 * @param gridName      its display name
 * @param jurisdiction  the village code that owns the grid
 * @param lastPatrolAt  when the last patrol of the grid ended, or {@code null} when none is on record
 * @param overdueSince  when the grid became overdue (last patrol, or start of watching, plus the threshold)
 * @param thresholdDays the threshold in days
 * @param detectedAt    when grid-service noticed
 */
@EventType(value = "grid.patrol-overdue", version = 1, topic = Topics.GRID)
public record GridPatrolOverdue(
        String gridCode,
        String gridName,
        String jurisdiction,
        Instant lastPatrolAt,
        Instant overdueSince,
        int thresholdDays,
        Instant detectedAt) {
}

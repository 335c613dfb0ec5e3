package org.fengqiao.events.mediation.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 上报: a dispute moved up one tier because mediation at the lower tier failed or its clock ran out.
 *
 * @param disputeId    the dispute, also the event key
 * @param jurisdiction division code of the dispute's place
 * @param fromTier     the tier it left: {@code villager_group}, {@code village} or {@code township}
 * @param tier         the tier mediating now: {@code village}, {@code township} or {@code county}
 * @param handlingUnit division code of the unit now mediating
 * @param state        {@code accepted} (the new tier has to act)
 * @param cause        {@code failed} (mediation failed) or {@code overdue} (the tier's clock ran out)
 * @param reason       why, in Chinese, for people
 * @param riskGrade    the dispute's current risk grade, 1-4
 * @param clockDueAt   when the new tier must have acted
 * @param at           when it was escalated
 */
@EventType(value = "dispute.escalated", version = 1, topic = Topics.MEDIATION)
public record DisputeEscalated(
        String disputeId,
        String jurisdiction,
        String fromTier,
        String tier,
        String handlingUnit,
        String state,
        String cause,
        String reason,
        int riskGrade,
        Instant clockDueAt,
        Instant at) {
}

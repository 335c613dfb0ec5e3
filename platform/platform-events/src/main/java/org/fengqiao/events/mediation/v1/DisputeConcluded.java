package org.fengqiao.events.mediation.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 调解终结: mediation of a dispute ended, with an agreement or (at the county, the last tier) failed.
 *
 * @param disputeId    the dispute, also the event key
 * @param jurisdiction division code of the dispute's place
 * @param tier         the tier where it ended
 * @param handlingUnit division code of the unit that mediated last
 * @param state        {@code agreement} or {@code failed}
 * @param startedTier  the tier where the dispute started (settled where it started = local resolution)
 * @param summary      outcome summary or failure reason
 * @param at           when it ended
 */
@EventType(value = "dispute.concluded", version = 1, topic = Topics.MEDIATION)
public record DisputeConcluded(
        String disputeId,
        String jurisdiction,
        String tier,
        String handlingUnit,
        String state,
        String startedTier,
        String summary,
        Instant at) {
}

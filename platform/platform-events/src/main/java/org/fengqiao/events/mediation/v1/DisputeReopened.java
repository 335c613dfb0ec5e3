package org.fengqiao.events.mediation.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 重新调解: a concluded dispute went back to mediation at the tier that concluded it, because a term of its
 * agreement was breached (不履行) or the parties were dissatisfied at the return visit (回访不满意).
 *
 * @param disputeId    the dispute, also the event key
 * @param jurisdiction division code of the dispute's place
 * @param tier         the tier mediating again, e.g. {@code village}
 * @param handlingUnit division code of the unit mediating again
 * @param state        {@code mediating}
 * @param cause        {@code breach} (an agreement term was not performed) or {@code return_visit} (回访不满意)
 * @param reason       why, in Chinese, for people
 * @param reference    what caused it: {@code term:<no>} for a breach, the return visit's id otherwise
 * @param reopenCount  how many times the dispute has been reopened, this time included
 * @param riskGrade    the dispute's current risk grade, 1-4
 * @param clockDueAt   when the tier must have reached an agreement again
 * @param at           when it was reopened
 */
@EventType(value = "dispute.reopened", version = 1, topic = Topics.MEDIATION)
public record DisputeReopened(
        String disputeId,
        String jurisdiction,
        String tier,
        String handlingUnit,
        String state,
        String cause,
        String reason,
        String reference,
        int reopenCount,
        int riskGrade,
        Instant clockDueAt,
        Instant at) {
}

package org.fengqiao.events.mediation.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 风险等级调整: someone set a dispute's risk grade by hand over the derived one, with a recorded reason.
 *
 * @param disputeId    the dispute, also the event key
 * @param jurisdiction division code of the dispute's place
 * @param tier         the tier mediating now
 * @param state        the dispute's state
 * @param derivedGrade the grade the signals give, 1-4
 * @param riskGrade    the grade now in force, 1-4
 * @param reason       why it was overridden
 * @param by           who overrode it (token subject)
 * @param at           when
 */
@EventType(value = "dispute.risk-overridden", version = 1, topic = Topics.MEDIATION)
public record DisputeRiskOverridden(
        String disputeId,
        String jurisdiction,
        String tier,
        String state,
        int derivedGrade,
        int riskGrade,
        String reason,
        String by,
        Instant at) {
}

package org.fengqiao.events.mediation.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 司法确认提醒: the window to apply for judicial confirmation (司法确认, 30 days from the agreement) closes soon
 * and no application was recorded. Once per agreement.
 *
 * @param disputeId    the dispute, also the event key
 * @param jurisdiction division code of the dispute's place
 * @param tier         the tier that mediated the agreement
 * @param handlingUnit division code of that tier's unit
 * @param agreedAt     when the agreement was reached
 * @param deadline     the end of the application window
 * @param at           when the reminder was issued
 */
@EventType(value = "dispute.judicial-confirmation-due", version = 1, topic = Topics.MEDIATION)
public record DisputeJudicialConfirmationDue(
        String disputeId,
        String jurisdiction,
        String tier,
        String handlingUnit,
        Instant agreedAt,
        Instant deadline,
        Instant at) {
}

package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 审核: the dispatcher approved the reply (state {@code reviewed}, awaiting the return visit) or sent it back (state {@code handling}).
 *
 * <p>Like every work-order event it carries {@code workOrderId}, {@code orderNumber}, {@code state} (the state
 * after the change, lowercase), {@code holder} (the unit code holding the order now, or {@code null}),
 * {@code jurisdiction} and {@code at}; see {@link WorkOrderReceived} for the order itself.
 *
 * @param workOrderId  our id of the work order, also the event key
 * @param orderNumber  the hotline's own order number
 * @param state        the state after the change
 * @param holder       unit code holding the order now: a division code, or {@code <division>:<department>}
 *                     for a department; {@code null} when no unit holds it
 * @param jurisdiction division code of the county that received the order
 * @param at           when the change happened
 * @param approved     whether the reply was approved
 * @param note         the dispatcher's note; required when sent back
 * @param by           subject of the user who made the change
 */
@EventType(value = "work-order.reviewed", version = 1, topic = Topics.PETITION)
public record WorkOrderReviewed(
        String workOrderId,
        String orderNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        boolean approved,
        String note,
        String by) {
}

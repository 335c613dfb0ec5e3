package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 重办: the order goes back to its holder to be handled again, e.g. after a substantive dissatisfaction at the return visit.
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
 * @param reason       why it is redone
 * @param dueAt        the new deadline
 * @param by           subject of the user who made the change
 */
@EventType(value = "work-order.reopened", version = 1, topic = Topics.PETITION)
public record WorkOrderReopened(
        String workOrderId,
        String orderNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String reason,
        Instant dueAt,
        String by) {
}

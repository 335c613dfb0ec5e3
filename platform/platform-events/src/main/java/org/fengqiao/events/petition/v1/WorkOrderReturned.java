package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 退单: the unit it was dispatched to sent it back to the dispatcher before claiming it.
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
 * @param returnedFrom unit code that returned it
 * @param reason       why it does not belong there
 * @param by           subject of the user who made the change
 */
@EventType(value = "work-order.returned", version = 1, topic = Topics.PETITION)
public record WorkOrderReturned(
        String workOrderId,
        String orderNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String returnedFrom,
        String reason,
        String by) {
}

package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 延期审批: the dispatcher approved or rejected the holder's extension request.
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
 * @param approved     whether the extension was granted
 * @param workingDays  how many working days were asked for
 * @param note         the dispatcher's note, or {@code null}
 * @param previousDueAt the deadline before the decision
 * @param dueAt        the deadline after the decision (pushed when approved, unchanged otherwise)
 * @param by           subject of the user who made the change
 */
@EventType(value = "work-order.extension-decided", version = 1, topic = Topics.PETITION)
public record WorkOrderExtensionDecided(
        String workOrderId,
        String orderNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        boolean approved,
        int workingDays,
        String note,
        Instant previousDueAt,
        Instant dueAt,
        String by) {
}

package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 工单受理: the 12345 hotline pushed a work order and petition-service registered it.
 *
 * @param workOrderId  our id of the work order, also the event key
 * @param orderNumber  the hotline's own order number (its idempotency key)
 * @param callerName   the caller's name as the hotline recorded it
 * @param callerPhone  the caller's phone number, needed for notices and return visits
 * @param content      what the caller asked or reported
 * @param category     the work-order category code, e.g. {@code complaint}
 * @param urgency      {@code normal}, {@code urgent} or {@code emergency}
 * @param address      where the matter is
 * @param jurisdiction division code of the receiving county
 * @param receivedAt   when petition-service accepted the push
 */
@EventType(value = "work-order.received", version = 1, topic = Topics.PETITION)
public record WorkOrderReceived(
        String workOrderId,
        String orderNumber,
        String callerName,
        String callerPhone,
        String content,
        String category,
        String urgency,
        String address,
        String jurisdiction,
        Instant receivedAt) {
}

package org.fengqiao.petition.workorder;

import java.time.Instant;

/** A work order in a list: the caller's phone masked (139****1234), the content cut short. */
record WorkOrderSummary(
        String id,
        String orderNumber,
        String state,
        WorkOrderCategory category,
        Urgency urgency,
        String callerName,
        String callerPhone,
        String summary,
        String holder,
        Instant dueAt,
        Instant receivedAt) {

    static final int SUMMARY_LENGTH = 60;

    static WorkOrderSummary of(WorkOrder order) {
        String content = order.content();
        return new WorkOrderSummary(order.id(), order.orderNumber(), order.state().name(), order.category(),
                order.urgency(), order.caller().name(), mask(order.caller().phone()),
                content.length() <= SUMMARY_LENGTH ? content : content.substring(0, SUMMARY_LENGTH) + "…",
                order.holder() == null ? null : order.holder().code(), order.dueAt(), order.receivedAt());
    }

    /** Keeps the first three and the last four characters: 13905751234 → 139****1234. */
    static String mask(String phone) {
        if (phone == null || phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}

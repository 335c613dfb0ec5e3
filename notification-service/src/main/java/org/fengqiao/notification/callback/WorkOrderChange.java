package org.fengqiao.notification.callback;

import org.fengqiao.events.UnreadableEventException;

import tools.jackson.databind.JsonNode;

/**
 * A work-order status change read generically from a {@code work-order.*} payload, whose contract guarantees
 * {@code workOrderId, orderNumber, state, holder, jurisdiction, at}. {@code work-order.received} predates that
 * contract: its state is implicitly {@code received} and its time is {@code receivedAt}.
 */
record WorkOrderChange(String workOrderId, String orderNumber, String state, String holder, String jurisdiction,
                       String at) {

    static final String TYPE_PREFIX = "work-order.";

    static boolean isWorkOrderEvent(String type) {
        return type.startsWith(TYPE_PREFIX);
    }

    static WorkOrderChange of(String type, JsonNode payload) {
        boolean received = "work-order.received".equals(type);
        String state = received ? text(payload, "state", "received") : text(payload, "state", null);
        String at = received ? text(payload, "at", text(payload, "receivedAt", null)) : text(payload, "at", null);
        WorkOrderChange change = new WorkOrderChange(text(payload, "workOrderId", null),
                text(payload, "orderNumber", null), state, text(payload, "holder", null),
                text(payload, "jurisdiction", null), at);
        if (change.workOrderId == null || change.orderNumber == null || change.state == null
                || change.jurisdiction == null) {
            throw new UnreadableEventException(type + " lacks workOrderId, orderNumber, state or jurisdiction", null);
        }
        return change;
    }

    private static String text(JsonNode payload, String field, String fallback) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? fallback : value.asString();
    }
}

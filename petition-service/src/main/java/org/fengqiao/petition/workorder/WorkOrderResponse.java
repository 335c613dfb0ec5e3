package org.fengqiao.petition.workorder;

import java.time.Instant;

/** A work order as its readers see it, the caller's full phone number included. */
record WorkOrderResponse(
        String id,
        String orderNumber,
        String state,
        String callerName,
        String callerPhone,
        String content,
        WorkOrderCategory category,
        Urgency urgency,
        String address,
        String jurisdiction,
        Instant receivedAt,
        String holder,
        Instant dueAt,
        PendingExtensionView pendingExtension,
        String reply,
        int reopenCount,
        Long version) {

    static WorkOrderResponse of(WorkOrder order) {
        PendingExtension pending = order.pendingExtension();
        return new WorkOrderResponse(order.id(), order.orderNumber(), order.state().name(), order.caller().name(),
                order.caller().phone(), order.content(), order.category(), order.urgency(), order.address(),
                order.jurisdiction(), order.receivedAt(), order.holder() == null ? null : order.holder().code(),
                order.dueAt(),
                pending == null ? null : new PendingExtensionView(pending.workingDays(), pending.reason(),
                        pending.requestedAt()),
                order.reply(), order.reopenCount(), order.version());
    }

    record PendingExtensionView(int workingDays, String reason, Instant requestedAt) {
    }
}

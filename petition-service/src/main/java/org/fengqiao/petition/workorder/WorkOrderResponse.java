package org.fengqiao.petition.workorder;

import java.time.Instant;

/** A work order as its readers see it. */
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
        Instant receivedAt) {

    static WorkOrderResponse of(WorkOrder order) {
        return new WorkOrderResponse(order.id(), order.orderNumber(), order.state().name(), order.caller().name(),
                order.caller().phone(), order.content(), order.category(), order.urgency(), order.address(),
                order.jurisdiction(), order.receivedAt());
    }
}

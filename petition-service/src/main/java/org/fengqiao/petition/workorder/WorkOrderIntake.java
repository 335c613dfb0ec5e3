package org.fengqiao.petition.workorder;

import java.time.Clock;

import org.bson.types.ObjectId;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Receiving work orders from the hotline, idempotent on its order number. */
@Service
class WorkOrderIntake {

    private final WorkOrderRepository orders;
    private final OutboxRelay relay;
    private final Clock clock;

    WorkOrderIntake(WorkOrderRepository orders, OutboxRelay relay, Clock clock) {
        this.orders = orders;
        this.relay = relay;
        this.clock = clock;
    }

    /** A repeated push of the same order number answers the order already received, unchanged. */
    Mono<Receipt> receive(ReceiveWorkOrderRequest request, CurrentUser pushedBy) {
        WorkOrder order = WorkOrder.receive(new ObjectId().toHexString(), request, pushedBy.jurisdiction().code(),
                pushedBy.subject(), clock.instant());
        return orders.insert(order)
                .map(saved -> new Receipt(saved, true))
                .doOnNext(receipt -> relay.publishPending(receipt.order()))
                .onErrorResume(DuplicateKeyException.class, duplicate -> orders.findByOrderNumber(request.orderNumber())
                        .map(existing -> new Receipt(existing, false)));
    }

    /** An order the user may see; outside the user's jurisdiction it does not exist. */
    Mono<WorkOrder> find(String id, CurrentUser user) {
        return orders.findById(id)
                .filter(order -> user.jurisdiction().contains(Jurisdiction.of(order.jurisdiction())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("工单不存在: " + id)));
    }

    record Receipt(WorkOrder order, boolean created) {
    }
}

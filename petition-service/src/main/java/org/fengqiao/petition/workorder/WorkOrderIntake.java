package org.fengqiao.petition.workorder;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.bson.types.ObjectId;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
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
                Actor.of(pushedBy), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return orders.insert(order)
                .map(saved -> new Receipt(saved, true))
                .doOnNext(receipt -> relay.publishPending(receipt.order()))
                .onErrorResume(DuplicateKeyException.class, duplicate -> orders.findByOrderNumber(request.orderNumber())
                        .map(existing -> new Receipt(existing, false)));
    }

    record Receipt(WorkOrder order, boolean created) {
    }
}

package org.fengqiao.petition.workorder;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.bson.types.ObjectId;
import org.fengqiao.petition.petition.OpenPetitions;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Receiving work orders from the hotline, idempotent on its order number. A caller with a matter open in the
 * petition channel (matched by the keyed hash of the phone) is refused with the reason: 信访渠道已受理的事项不作为工单受理.
 */
@Service
class WorkOrderIntake {

    private final WorkOrderRepository orders;
    private final OpenPetitions openPetitions;
    private final OutboxRelay relay;
    private final Clock clock;

    WorkOrderIntake(WorkOrderRepository orders, OpenPetitions openPetitions, OutboxRelay relay, Clock clock) {
        this.orders = orders;
        this.openPetitions = openPetitions;
        this.relay = relay;
        this.clock = clock;
    }

    /** A repeated push of the same order number answers the order already received, unchanged. */
    Mono<Receipt> receive(ReceiveWorkOrderRequest request, CurrentUser pushedBy) {
        WorkOrder order = WorkOrder.receive(new ObjectId().toHexString(), request, pushedBy.jurisdiction().code(),
                Actor.of(pushedBy), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return openPetitions.numberOfOpenPetitionFrom(request.callerPhone())
                // An order received before the petition was registered is still the same order on a repeated push.
                .flatMap(petitionNumber -> orders.findByOrderNumber(request.orderNumber())
                        .switchIfEmpty(Mono.error(() -> new ConflictException("来电人已有信访事项 " + petitionNumber
                                + " 正在办理，该事项按信访渠道处理，不作为工单受理")))
                        .map(existing -> new Receipt(existing, false)))
                .switchIfEmpty(Mono.defer(() -> insert(order, request)));
    }

    private Mono<Receipt> insert(WorkOrder order, ReceiveWorkOrderRequest request) {
        return orders.insert(order)
                .map(saved -> new Receipt(saved, true))
                .doOnNext(receipt -> relay.publishPending(receipt.order()))
                .onErrorResume(DuplicateKeyException.class, duplicate -> orders.findByOrderNumber(request.orderNumber())
                        .map(existing -> new Receipt(existing, false)));
    }

    record Receipt(WorkOrder order, boolean created) {
    }
}

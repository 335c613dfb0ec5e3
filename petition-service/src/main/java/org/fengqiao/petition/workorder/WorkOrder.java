package org.fengqiao.petition.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** 工单: a 12345 work order. Carries the events its changes cause until the relay has published them. */
@Document(WorkOrder.COLLECTION)
class WorkOrder {

    static final String COLLECTION = "work_orders";

    @Id
    private final String id;
    @Version
    private Long version;
    private final String orderNumber;
    private final Caller caller;
    private final String content;
    private final WorkOrderCategory category;
    private final Urgency urgency;
    private final String address;
    private final String jurisdiction;
    private final WorkOrderState state;
    private final Instant receivedAt;
    private final String receivedBy;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    WorkOrder(String id, Long version, String orderNumber, Caller caller, String content, WorkOrderCategory category,
              Urgency urgency, String address, String jurisdiction, WorkOrderState state, Instant receivedAt,
              String receivedBy, List<OutboxEvent> outbox) {
        this.id = id;
        this.version = version;
        this.orderNumber = orderNumber;
        this.caller = caller;
        this.content = content;
        this.category = category;
        this.urgency = urgency;
        this.address = address;
        this.jurisdiction = jurisdiction;
        this.state = state;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** 受理: a new order as pushed by the hotline, with its {@code work-order.received} event pending. */
    static WorkOrder receive(String id, ReceiveWorkOrderRequest request, String jurisdiction, String receivedBy,
                             Instant now) {
        Caller caller = new Caller(request.callerName(), request.callerPhone());
        WorkOrder order = new WorkOrder(id, null, request.orderNumber(), caller, request.content(), request.category(),
                request.urgency(), request.address(), jurisdiction, WorkOrderState.received, now, receivedBy, List.of());
        order.outbox.add(OutboxEvent.of(new WorkOrderReceived(id, request.orderNumber(), caller.name(), caller.phone(),
                request.content(), request.category().name(), request.urgency().name(), request.address(),
                jurisdiction, now), id, jurisdiction, now));
        return order;
    }

    String id() {
        return id;
    }

    String orderNumber() {
        return orderNumber;
    }

    Caller caller() {
        return caller;
    }

    String content() {
        return content;
    }

    WorkOrderCategory category() {
        return category;
    }

    Urgency urgency() {
        return urgency;
    }

    String address() {
        return address;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    WorkOrderState state() {
        return state;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}

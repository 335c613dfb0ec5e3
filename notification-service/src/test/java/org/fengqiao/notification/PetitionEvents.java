package org.fengqiao.notification;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.testkit.TestEventPublisher;

/** Publishes petition events into the embedded broker the way petition-service does (headers, key, JSON). */
public final class PetitionEvents implements AutoCloseable {

    public static final EventJson JSON = EventJson.standard();

    private final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();

    /** A received work order like the golden sample, with a fresh id and the given order number. */
    public static WorkOrderReceived received(String orderNumber) {
        return received(orderNumber, GoldenSamples.read(JSON, WorkOrderReceived.class).urgency());
    }

    public static WorkOrderReceived received(String orderNumber, String urgency) {
        return received(orderNumber, urgency, GoldenSamples.read(JSON, WorkOrderReceived.class).callerPhone());
    }

    public static WorkOrderReceived received(String orderNumber, String urgency, String callerPhone) {
        WorkOrderReceived sample = GoldenSamples.read(JSON, WorkOrderReceived.class);
        return new WorkOrderReceived(UUID.randomUUID().toString().replace("-", "").substring(0, 24), orderNumber,
                sample.callerName(), callerPhone, sample.content(), sample.category(), urgency,
                sample.address(), sample.jurisdiction(), Instant.now());
    }

    public void publish(WorkOrderReceived order, UUID eventId) {
        publisher.publish(order, order.workOrderId(), order.jurisdiction(), eventId);
    }

    /**
     * A later work-order status change in the generic contract shape (the record classes for these events live
     * in platform-events once their producer has them).
     */
    public void publishChange(String type, WorkOrderReceived order, String state, String holder, UUID eventId) {
        String json = """
                {"workOrderId":"%s","orderNumber":"%s","state":"%s","holder":"%s","jurisdiction":"%s","at":"%s",
                 "note":"测试"}""".formatted(order.workOrderId(), order.orderNumber(), state, holder,
                order.jurisdiction(), Instant.now());
        publishRaw(type, order.workOrderId(), order.jurisdiction(), json, eventId);
    }

    public void publishRaw(String type, String key, String jurisdiction, String json, UUID eventId) {
        publisher.publishRaw(Topics.PETITION, new EventTypeId(type, 1), key, jurisdiction, eventId, json);
    }

    @Override
    public void close() {
        publisher.close();
    }
}

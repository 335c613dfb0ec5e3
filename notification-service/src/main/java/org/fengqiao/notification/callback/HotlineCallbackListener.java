package org.fengqiao.notification.callback;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.Topics;
import org.fengqiao.events.UnreadableEventException;
import org.fengqiao.notification.delivery.CaseType;
import org.fengqiao.notification.delivery.Channel;
import org.fengqiao.notification.delivery.DeliveryQueue;
import org.fengqiao.notification.delivery.NewDelivery;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns every work-order event into a queued 12345 callback. Reads the payload generically (any
 * {@code work-order.*} type, including ones this service has no record class for yet) and has its own consumer
 * group, so a slow or failing callback log never holds up the inbox and the other way round.
 */
@Component
@ConditionalOnExpression("!'${fengqiao.notification.hotline.callback-url:}'.isBlank()")
class HotlineCallbackListener {

    static final String CONSUMER = "notification-callbacks";
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper BODY_JSON = JsonMapper.builder().build();

    private final EventJson json;
    private final ProcessedEvents processed;
    private final DeliveryQueue deliveries;
    private final HotlineProperties hotline;

    HotlineCallbackListener(EventJson json, ProcessedEvents processed, DeliveryQueue deliveries,
                            HotlineProperties hotline) {
        this.json = json;
        this.processed = processed;
        this.deliveries = deliveries;
        this.hotline = hotline;
    }

    /** Runs to completion on the consumer thread so failures reach the error handler (see EventRecords#consume). */
    @KafkaListener(topics = Topics.PETITION, groupId = "${spring.application.name}-callbacks")
    void on(ConsumerRecord<String, String> record) {
        EventMetadata metadata = EventRecords.metadata(record.headers());
        if (!WorkOrderChange.isWorkOrderEvent(metadata.typeId().type())) {
            return;
        }
        Event<JsonNode> event = new Event<>(metadata, required(record.key(), "key"), parse(record.value()));
        processed.once(CONSUMER, event, () -> deliveries.enqueue(callbackFor(event)))
                .timeout(HANDLER_TIMEOUT)
                .block();
    }

    private NewDelivery callbackFor(Event<JsonNode> event) {
        String type = event.type();
        WorkOrderChange change = WorkOrderChange.of(type, event.payload());
        String eventId = event.metadata().eventId().toString();
        ObjectNode body = BODY_JSON.createObjectNode()
                .put("eventId", eventId)
                .put("eventType", type)
                .put("workOrderId", change.workOrderId())
                .put("orderNumber", change.orderNumber())
                .put("state", change.state())
                .put("holder", change.holder())
                .put("jurisdiction", change.jurisdiction())
                .put("at", change.at() != null ? change.at() : event.metadata().occurredAt().toString());
        body.set("payload", event.payload());
        return new NewDelivery("callback:" + eventId, Channel.WEBHOOK, hotline.callbackUrl(),
                "callback:" + change.workOrderId(), eventId, type, CaseType.WORK_ORDER, change.workOrderId(),
                change.orderNumber(),
                change.jurisdiction(), "hotline-callback", 1, BODY_JSON.writeValueAsString(body), false, null);
    }

    private JsonNode parse(String value) {
        try {
            JsonNode payload = json.parse(required(value, "payload"));
            if (!payload.isObject()) {
                throw new UnreadableEventException("work-order payload is not a JSON object", null);
            }
            return payload;
        } catch (JacksonException e) {
            throw new UnreadableEventException("work-order payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new UnreadableEventException("work-order record without " + what, null);
        }
        return value;
    }
}

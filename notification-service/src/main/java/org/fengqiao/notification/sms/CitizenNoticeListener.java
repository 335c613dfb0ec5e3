package org.fengqiao.notification.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * SMS notices to the caller of a work order: 受理告知 on {@code work-order.received}, 答复告知 on
 * {@code work-order.replied}, 办结告知 on {@code work-order.closed}. Own consumer group, payloads read generically.
 */
@Component
@SmsChannelConfigured
class CitizenNoticeListener {

    static final String CONSUMER = "notification-citizen-sms";
    private static final Logger log = LoggerFactory.getLogger(CitizenNoticeListener.class);
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, NoticeTemplate> RULES = Map.of(
            "work-order.received", NoticeTemplates.ACCEPTANCE,
            "work-order.replied", NoticeTemplates.REPLY,
            "work-order.closed", NoticeTemplates.CLOSED);

    private final EventJson json;
    private final ProcessedEvents processed;
    private final ReactiveMongoOperations mongo;
    private final DeliveryQueue deliveries;
    private final QuietHours quietHours;
    private final Clock clock;

    CitizenNoticeListener(EventJson json, ProcessedEvents processed, ReactiveMongoOperations mongo,
                          DeliveryQueue deliveries, QuietHours quietHours, Clock clock) {
        this.json = json;
        this.processed = processed;
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /** Runs to completion on the consumer thread so failures reach the error handler (see EventRecords#consume). */
    @KafkaListener(topics = Topics.PETITION, groupId = "${spring.application.name}-citizen-sms")
    void on(ConsumerRecord<String, String> record) {
        EventMetadata metadata = EventRecords.metadata(record.headers());
        NoticeTemplate template = RULES.get(metadata.typeId().type());
        if (template == null) {
            return;
        }
        if (record.key() == null || record.value() == null) {
            throw new UnreadableEventException("work-order record without key or payload", null);
        }
        Event<JsonNode> event = new Event<>(metadata, record.key(), parse(record.value()));
        processed.once(CONSUMER, event, () -> contactFor(event).flatMap(contact -> notify(event, contact, template)))
                .timeout(HANDLER_TIMEOUT)
                .block();
    }

    private Mono<WorkOrderContact> contactFor(Event<JsonNode> event) {
        JsonNode payload = event.payload();
        String workOrderId = text(payload, "workOrderId");
        if (workOrderId == null) {
            return Mono.error(new UnreadableEventException(event.type() + " without workOrderId", null));
        }
        if ("work-order.received".equals(event.type())) {
            return mongo.save(new WorkOrderContact(workOrderId, text(payload, "orderNumber"), text(payload, "callerName"),
                    text(payload, "callerPhone"), text(payload, "urgency"), text(payload, "jurisdiction")));
        }
        return mongo.findById(workOrderId, WorkOrderContact.class)
                .switchIfEmpty(Mono.fromRunnable(() -> log.warn("工单 {} 没有来电人记录，不发送{}短信", workOrderId, event.type())));
    }

    private Mono<Void> notify(Event<JsonNode> event, WorkOrderContact contact, NoticeTemplate template) {
        if (contact.callerPhone() == null || contact.callerPhone().isBlank()) {
            return Mono.empty();
        }
        String text = template.render(Map.of(
                "callerName", contact.callerName() == null || contact.callerName().isBlank() ? "市民" : contact.callerName(),
                "orderNumber", contact.orderNumber()));
        String eventId = event.metadata().eventId().toString();
        boolean urgent = contact.urgent();
        return deliveries.enqueue(new NewDelivery("sms:" + eventId + ":" + contact.callerPhone() + ":" + template.id(),
                // One queue per work order: a caller never reads 办结 before 受理.
                Channel.SMS, contact.callerPhone(), "sms:" + contact.workOrderId(), eventId, event.type(), CaseType.WORK_ORDER,
                contact.workOrderId(),
                contact.orderNumber(), contact.jurisdiction(), template.id(), template.version(), text, urgent,
                urgent ? null : quietHours.earliestSend(clock.instant())));
    }

    private JsonNode parse(String value) {
        try {
            return json.parse(value);
        } catch (JacksonException e) {
            throw new UnreadableEventException("work-order payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}

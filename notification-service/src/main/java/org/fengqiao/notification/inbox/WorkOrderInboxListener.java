package org.fengqiao.notification.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.security.Role;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Puts every work order the hotline pushes into the inbox of the receiving county's dispatchers. */
@Component
class WorkOrderInboxListener {

    private final EventRecords records;
    private final Inbox inbox;

    WorkOrderInboxListener(EventRecords records, Inbox inbox) {
        this.records = records;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.PETITION)
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, WorkOrderReceived.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof WorkOrderReceived order)) {
            return Mono.empty();
        }
        return inbox.deliver(event.metadata().eventId().toString(),
                Recipient.unit(Role.DISPATCHER, order.jurisdiction()), messageFor(order));
    }

    private static InboxMessage messageFor(WorkOrderReceived order) {
        String title = "新工单待派单：" + order.orderNumber();
        String body = "%s（%s）%s：%s".formatted(categoryName(order.category()), urgencyName(order.urgency()),
                order.address() == null ? "" : order.address(), excerpt(order.content()));
        return CaseKind.WORK_ORDER.message(order.workOrderId(), "work-order.received", title, body);
    }

    private static String excerpt(String content) {
        return content.length() <= 60 ? content : content.substring(0, 60) + "…";
    }

    private static String categoryName(String category) {
        return switch (category) {
            case "consultation" -> "咨询";
            case "help" -> "求助";
            case "complaint" -> "投诉";
            case "report" -> "举报";
            case "suggestion" -> "建议";
            case "emergency" -> "紧急";
            default -> category;
        };
    }

    private static String urgencyName(String urgency) {
        return switch (urgency) {
            case "urgent" -> "加急";
            case "emergency" -> "特急";
            default -> "普通";
        };
    }
}

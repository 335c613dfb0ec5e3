package org.fengqiao.notification.inbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderReassigned;
import org.fengqiao.events.petition.v1.WorkOrderReturned;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.security.Role;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 派单 / 退单 / 改派 into unit inboxes: a dispatched or reassigned order to the unit now holding it (and a
 * 已改派 note to the unit that held it before), a returned order back to the county's dispatchers.
 */
@Component
class WorkOrderAssignmentInboxListener {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final Set<String> TYPES = Set.of("work-order.dispatched", "work-order.returned",
            "work-order.reassigned");

    private final EventRecords records;
    private final Inbox inbox;

    WorkOrderAssignmentInboxListener(EventRecords records, Inbox inbox) {
        this.records = records;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.PETITION, groupId = "${spring.application.name}-assignments")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        String eventId = event.metadata().eventId().toString();
        Object payload = event.payload();
        if (payload instanceof WorkOrderDispatched order) {
            return inbox.deliver(eventId, Units.holding(order.holder()), message(order.workOrderId(),
                    "work-order.dispatched", "新派工单：" + order.orderNumber(),
                    "县信访局派来工单 " + order.orderNumber() + due(order.dueAt()) + instructions(order.note())));
        }
        if (payload instanceof WorkOrderReassigned order) {
            Mono<Void> previous = order.previousHolder() == null || order.previousHolder().equals(order.holder())
                    ? Mono.empty()
                    : inbox.deliver(eventId, Units.holding(order.previousHolder()), message(order.workOrderId(),
                            "work-order.reassigned", "工单已改派：" + order.orderNumber(),
                            "工单 " + order.orderNumber() + " 已改派其他单位办理，本单位无需继续办理。"));
            return inbox.deliver(eventId, Units.holding(order.holder()), message(order.workOrderId(),
                            "work-order.reassigned", "改派工单：" + order.orderNumber(),
                            "工单 " + order.orderNumber() + " 改派本单位办理" + due(order.dueAt()) + instructions(order.note())))
                    .then(previous);
        }
        if (payload instanceof WorkOrderReturned order) {
            return inbox.deliver(eventId, Recipient.unit(Role.DISPATCHER, Units.division(order.jurisdiction()).code()),
                    message(order.workOrderId(), "work-order.returned", "工单被退回：" + order.orderNumber(),
                            order.returnedFrom() + " 退回工单 " + order.orderNumber() + "，理由：" + order.reason()
                                    + "。请重新派单。"));
        }
        return Mono.empty();
    }

    private static InboxMessage message(String workOrderId, String kind, String title, String body) {
        return CaseKind.WORK_ORDER.message(workOrderId, kind, title, body);
    }

    private static String due(Instant dueAt) {
        return dueAt == null ? "，请及时签收办理。" : "，请签收并于 " + DAY.format(dueAt.atZone(SHANGHAI)) + " 前办结回单。";
    }

    private static String instructions(String note) {
        return note == null || note.isBlank() ? "" : "派单说明：" + note;
    }
}

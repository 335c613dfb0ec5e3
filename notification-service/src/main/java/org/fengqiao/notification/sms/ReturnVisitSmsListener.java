package org.fengqiao.notification.sms;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.UnreadableEventException;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.notification.delivery.CaseType;
import org.fengqiao.notification.delivery.Channel;
import org.fengqiao.notification.delivery.DeliveryQueue;
import org.fengqiao.notification.delivery.NewDelivery;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 回访评价短信: on {@code return-visit.scheduled} the citizen gets the one-time rating link by SMS (none when the
 * event carries no phone). Quiet hours apply; a work order's rating SMS queues behind its 办结告知.
 */
@Component
@SmsChannelConfigured
class ReturnVisitSmsListener {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("M月d日H:mm");

    private final EventRecords records;
    private final DeliveryQueue deliveries;
    private final QuietHours quietHours;
    private final Clock clock;

    ReturnVisitSmsListener(EventRecords records, DeliveryQueue deliveries, QuietHours quietHours, Clock clock) {
        this.records = records;
        this.deliveries = deliveries;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.SURVEY, groupId = "${spring.application.name}-return-visit-sms")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, ReturnVisitScheduled.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof ReturnVisitScheduled visit)) {
            return Mono.empty();
        }
        if (visit.citizenPhone() == null || visit.citizenPhone().isBlank()) {
            return Mono.empty();
        }
        if (visit.ratingUrl() == null || visit.caseId() == null || visit.caseNumber() == null) {
            return Mono.error(new UnreadableEventException("return-visit.scheduled without ratingUrl, caseId or caseNumber",
                    null));
        }
        NoticeTemplate template = NoticeTemplates.RETURN_VISIT;
        String text = template.render(Map.of(
                "citizenName", visit.citizenName() == null || visit.citizenName().isBlank() ? "市民" : visit.citizenName(),
                "caseNumber", visit.caseNumber(),
                "ratingUrl", visit.ratingUrl(),
                "expiresOn", visit.ratingExpiresAt() == null ? "30天"
                        : EXPIRY.format(visit.ratingExpiresAt().atZone(quietHours.settings().zone()))));
        String eventId = event.metadata().eventId().toString();
        String phone = visit.citizenPhone().trim();
        // A work order's notices share one queue, so the rating link never arrives before 办结告知.
        String queue = "work-order".equals(visit.caseType()) ? "sms:" + visit.caseId()
                : "sms:" + visit.caseType() + ":" + visit.caseId();
        String jurisdiction = visit.jurisdiction() != null ? visit.jurisdiction() : event.metadata().jurisdiction();
        return deliveries.enqueue(new NewDelivery("sms:" + eventId + ":" + phone + ":" + template.id(), Channel.SMS,
                phone, queue, eventId, event.type(), CaseType.of(visit.caseType()), visit.caseId(), visit.caseNumber(),
                jurisdiction, template.id(), template.version(), text, false, quietHours.earliestSend(clock.instant())));
    }
}

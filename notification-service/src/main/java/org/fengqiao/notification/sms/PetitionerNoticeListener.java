package org.fengqiao.notification.sms;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionReReviewDecided;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionReviewDecided;
import org.fengqiao.notification.delivery.CaseType;
import org.fengqiao.notification.delivery.Channel;
import org.fengqiao.notification.delivery.DeliveryQueue;
import org.fengqiao.notification.delivery.NewDelivery;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 信访告知: SMS to the petitioner on acceptance, non-acceptance (with the reason), a granted extension, the reply
 * (答复意见书 in short) and the review and re-review decisions. None without a phone; quiet hours apply; the
 * notices of one petition go out in order.
 */
@Component
@SmsChannelConfigured
class PetitionerNoticeListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Set<String> TYPES = Set.of("petition.accepted", "petition.not-accepted",
            "petition.extension-decided", "petition.replied", "petition.review-decided", "petition.re-review-decided");
    private static final Map<String, String> NOT_ACCEPTED_REASONS = Map.of(
            "litigation", "应当通过诉讼、仲裁、行政复议等法定途径解决",
            "terminated", "该事项已办理终结",
            "in_process", "该事项正在法定办理期限内",
            "not_petition", "不属于信访事项");

    private final EventRecords records;
    private final DeliveryQueue deliveries;
    private final QuietHours quietHours;
    private final Clock clock;

    PetitionerNoticeListener(EventRecords records, DeliveryQueue deliveries, QuietHours quietHours, Clock clock) {
        this.records = records;
        this.deliveries = deliveries;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.PETITION, groupId = "${spring.application.name}-petitioner-sms")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        Object payload = event.payload();
        if (payload instanceof PetitionAccepted petition) {
            return notify(event, petition.petitionId(), petition.petitionNumber(), petition.jurisdiction(),
                    petition.petitionerName(), petition.petitionerPhone(), NoticeTemplates.PETITION_ACCEPTED,
                    Map.of("replyDue", day(petition.replyDueAt())));
        }
        if (payload instanceof PetitionNotAccepted petition) {
            String reason = petition.reasonText() != null && !petition.reasonText().isBlank() ? petition.reasonText()
                    : NOT_ACCEPTED_REASONS.getOrDefault(petition.reason(), "不符合受理条件");
            return notify(event, petition.petitionId(), petition.petitionNumber(), petition.jurisdiction(),
                    petition.petitionerName(), petition.petitionerPhone(), NoticeTemplates.PETITION_NOT_ACCEPTED,
                    Map.of("reason", trimPeriod(reason)));
        }
        if (payload instanceof PetitionExtensionDecided petition) {
            // A refused extension changes nothing the petitioner was told.
            return !petition.approved() ? Mono.empty() : notify(event, petition.petitionId(), petition.petitionNumber(),
                    petition.jurisdiction(), petition.petitionerName(), petition.petitionerPhone(),
                    NoticeTemplates.PETITION_EXTENDED,
                    Map.of("days", String.valueOf(petition.days()), "replyDue", day(petition.replyDueAt())));
        }
        if (payload instanceof PetitionReplied petition) {
            return notify(event, petition.petitionId(), petition.petitionNumber(), petition.jurisdiction(),
                    petition.petitionerName(), petition.petitionerPhone(), NoticeTemplates.PETITION_REPLIED,
                    Map.of("summary", trimPeriod(petition.replySummary()), "reviewDue", day(petition.reviewRequestDueAt())));
        }
        if (payload instanceof PetitionReviewDecided petition) {
            return notify(event, petition.petitionId(), petition.petitionNumber(), petition.jurisdiction(),
                    petition.petitionerName(), petition.petitionerPhone(), NoticeTemplates.PETITION_REVIEW_DECIDED,
                    Map.of("outcome", outcome(petition.outcome()), "opinion", trimPeriod(petition.opinion()),
                            "reReviewDue", day(petition.reReviewRequestDueAt())));
        }
        if (payload instanceof PetitionReReviewDecided petition) {
            return notify(event, petition.petitionId(), petition.petitionNumber(), petition.jurisdiction(),
                    petition.petitionerName(), petition.petitionerPhone(), NoticeTemplates.PETITION_RE_REVIEW_DECIDED,
                    Map.of("outcome", outcome(petition.outcome()), "opinion", trimPeriod(petition.opinion())));
        }
        return Mono.empty();
    }

    private Mono<Void> notify(Event<?> event, String petitionId, String number, String jurisdiction, String name,
                              String phone, NoticeTemplate template, Map<String, String> values) {
        if (phone == null || phone.isBlank()) {
            return Mono.empty();
        }
        Map<String, String> all = new HashMap<>(values);
        all.put("name", name == null || name.isBlank() ? "信访人" : name);
        all.put("number", number);
        String text = template.render(all);
        String eventId = event.metadata().eventId().toString();
        String to = phone.trim();
        return deliveries.enqueue(new NewDelivery("sms:" + eventId + ":" + to + ":" + template.id(), Channel.SMS, to,
                "sms:petition:" + petitionId, eventId, event.type(), CaseType.PETITION, petitionId, number,
                jurisdiction != null ? jurisdiction : event.metadata().jurisdiction(), template.id(), template.version(),
                text, false, quietHours.earliestSend(clock.instant())));
    }

    private String day(Instant instant) {
        return instant == null ? "法定期限" : DAY.format(instant.atZone(quietHours.settings().zone()));
    }

    private static String outcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "upheld" -> "维持原处理意见";
            case "revised" -> "撤销或变更原处理意见";
            default -> "已作出决定";
        };
    }

    private static String trimPeriod(String text) {
        if (text == null || text.isBlank()) {
            return "详见书面意见书";
        }
        String trimmed = text.trim();
        while (trimmed.endsWith("。") || trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}

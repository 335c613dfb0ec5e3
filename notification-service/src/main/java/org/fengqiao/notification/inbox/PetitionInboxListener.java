package org.fengqiao.notification.inbox;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.PetitionAssigned;
import org.fengqiao.events.petition.v1.PetitionEscalated;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionReturned;
import org.fengqiao.events.petition.v1.PetitionSupervisionIssued;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 信访件 into unit inboxes: 交办 to the receiving unit (and 协办 to each co-handling unit), 退回 to the unit it went
 * back to, 上报 to the unit above, 督办 to the supervised unit; and 预警 to the county's leaders (inbox, plus SMS to
 * configured leader phones) when a collective petition (集体访) is registered.
 */
@Component
class PetitionInboxListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final Set<String> TYPES = Set.of("petition.registered", "petition.assigned", "petition.returned",
            "petition.escalated", "petition.supervision-issued");

    private final EventRecords records;
    private final Inbox inbox;
    private final LeaderAlerts leaderAlerts;

    PetitionInboxListener(EventRecords records, Inbox inbox, LeaderAlerts leaderAlerts) {
        this.records = records;
        this.inbox = inbox;
        this.leaderAlerts = leaderAlerts;
    }

    @KafkaListener(topics = Topics.PETITION, groupId = "${spring.application.name}-petitions")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        String eventId = event.metadata().eventId().toString();
        Object payload = event.payload();
        if (payload instanceof PetitionAssigned petition) {
            List<Mono<Void>> items = new ArrayList<>();
            items.add(inbox.deliver(eventId, Units.holding(petition.holder()), message(petition.petitionId(),
                    "petition.assigned", "交办信访件：" + petition.petitionNumber(),
                    "信访件 " + petition.petitionNumber() + " 交由本单位主办" + due(petition.replyDueAt())
                            + note("交办意见", petition.note()))));
            if (petition.coHandlingUnits() != null) {
                petition.coHandlingUnits().stream().filter(unit -> !unit.equals(petition.holder())).forEach(unit ->
                        items.add(inbox.deliver(eventId, Units.holding(unit), message(petition.petitionId(),
                                "petition.assigned", "协办信访件：" + petition.petitionNumber(),
                                "信访件 " + petition.petitionNumber() + " 由 " + petition.holder() + " 主办，请本单位协助办理"
                                        + due(petition.replyDueAt())))));
            }
            return Flux.concat(items).then();
        }
        if (payload instanceof PetitionReturned petition) {
            return inbox.deliver(eventId, Units.holding(petition.recipientDivision()), message(petition.petitionId(),
                    "petition.returned", "信访件被退回：" + petition.petitionNumber(),
                    petition.returnedFrom() + " 退回信访件 " + petition.petitionNumber() + "，理由：" + petition.reason()
                            + "。请重新交办。"));
        }
        if (payload instanceof PetitionEscalated petition) {
            return inbox.deliver(eventId, Units.holding(petition.recipientDivision()), message(petition.petitionId(),
                    "petition.escalated", "信访件上报：" + petition.petitionNumber(),
                    petition.escalatedFrom() + " 上报信访件 " + petition.petitionNumber() + "，理由：" + petition.reason()
                            + "。请研究办理。"));
        }
        if (payload instanceof PetitionSupervisionIssued petition) {
            String respondBy = petition.responseDueAt() == null ? "" : "，请于 " + DAY.format(petition.responseDueAt())
                    + " 前反馈办理情况";
            return inbox.deliver(eventId, Units.holding(petition.recipientDivision() != null
                            ? petition.recipientDivision() : petition.supervisedUnit()),
                    message(petition.petitionId(), "petition.supervision-issued", "督办通知：" + petition.petitionNumber(),
                            "县督查室对信访件 " + petition.petitionNumber() + " 发出督办，事由：" + petition.reason() + respondBy
                                    + "。"));
        }
        if (payload instanceof PetitionRegistered petition && petition.collective()) {
            String what = petition.headCount() + "人集体访：" + petition.summary() + "（信访件 "
                    + petition.petitionNumber() + "）";
            return leaderAlerts.alert(event, petition.jurisdiction(), CaseKind.PETITION, petition.petitionId(),
                    petition.petitionNumber(), "集体访预警：" + petition.petitionNumber(),
                    petition.jurisdiction() + " " + what + (petition.skipLevel() ? "，越级" : "")
                            + (petition.repeat() ? "，重复访" : "") + "。",
                    what);
        }
        return Mono.empty();
    }

    private static InboxMessage message(String petitionId, String kind, String title, String body) {
        return CaseKind.PETITION.message(petitionId, kind, title, body);
    }

    private static String due(Instant replyDueAt) {
        return replyDueAt == null ? "。"
                : "，请于 " + DAY.format(replyDueAt.atZone(WorkOrderAssignmentInboxListener.SHANGHAI)) + " 前办结答复。";
    }

    private static String note(String label, String note) {
        return note == null || note.isBlank() ? "" : label + "：" + note;
    }
}

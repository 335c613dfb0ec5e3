package org.fengqiao.notification.inbox;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeJudicialConfirmationDue;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeRiskOverridden;
import org.fengqiao.events.mediation.v1.DisputeTermOverdue;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Disputes into unit inboxes: a new dispute to the unit mediating it, an escalated one (上报) to the unit of the
 * tier receiving it, an agreement term past its due date (履行提醒) and the closing judicial-confirmation window
 * (司法确认提醒) to the unit that mediated the agreement; and 预警 to the county's leaders (inbox, plus SMS where
 * leader phones are configured) when a dispute opens at, or is set by hand to, risk grade 3 or 4.
 */
@Component
class DisputeInboxListener {

    static final int LEADER_ALERT_GRADE = 3;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日H:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Set<String> TYPES = Set.of("dispute.opened", "dispute.escalated", "dispute.risk-overridden",
            "dispute.term-overdue", "dispute.judicial-confirmation-due");

    private final EventRecords records;
    private final Inbox inbox;
    private final LeaderAlerts leaderAlerts;

    DisputeInboxListener(EventRecords records, Inbox inbox, LeaderAlerts leaderAlerts) {
        this.records = records;
        this.inbox = inbox;
        this.leaderAlerts = leaderAlerts;
    }

    @KafkaListener(topics = Topics.MEDIATION, groupId = "${spring.application.name}-disputes")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        String eventId = event.metadata().eventId().toString();
        Object payload = event.payload();
        if (payload instanceof DisputeOpened dispute) {
            Mono<Void> unit = inbox.deliver(eventId, Units.holding(dispute.handlingUnit()), message(dispute.disputeId(),
                    "dispute.opened", "新纠纷待调解：" + excerpt(dispute.summary(), 30),
                    "受理纠纷（风险" + dispute.riskGrade() + "级，涉及" + dispute.peopleInvolved() + "人）："
                            + dispute.summary() + due(dispute.clockDueAt())));
            if (dispute.riskGrade() < LEADER_ALERT_GRADE) {
                return unit;
            }
            String reasons = dispute.riskReasons() == null ? "" : "。风险依据：" + String.join("；", dispute.riskReasons());
            return unit.then(alertLeaders(event, dispute.disputeId(), dispute.jurisdiction(),
                    "重大风险纠纷（" + dispute.riskGrade() + "级）：" + excerpt(dispute.summary(), 30),
                    dispute.jurisdiction() + " 受理" + dispute.riskGrade() + "级风险纠纷，涉及" + dispute.peopleInvolved()
                            + "人：" + dispute.summary() + reasons));
        }
        if (payload instanceof DisputeEscalated dispute) {
            return inbox.deliver(eventId, Units.holding(dispute.handlingUnit()), message(dispute.disputeId(),
                    "dispute.escalated", "纠纷上报待调解（" + tierName(dispute.fromTier()) + "上报）",
                    tierName(dispute.fromTier()) + "上报纠纷（风险" + dispute.riskGrade() + "级），原因：" + dispute.reason()
                            + due(dispute.clockDueAt())));
        }
        if (payload instanceof DisputeTermOverdue term) {
            return inbox.deliver(eventId, Units.holding(term.handlingUnit()), message(term.disputeId(),
                    "dispute.term-overdue", "调解协议逾期未履行（第 " + term.termNo() + " 项）",
                    "调解协议第 " + term.termNo() + " 项「" + term.description() + "」应由" + term.responsibleParty()
                            + "于 " + DAY.format(term.dueDate()) + " 前履行，至今未登记履行。请督促履行，"
                            + "已履行的登记履行，确未履行的登记不履行后重新调解。"));
        }
        if (payload instanceof DisputeJudicialConfirmationDue due) {
            return inbox.deliver(eventId, Units.holding(due.handlingUnit()), message(due.disputeId(),
                    "dispute.judicial-confirmation-due", "调解协议司法确认申请即将截止",
                    "调解协议于 " + DAY.format(due.agreedAt().atZone(WorkOrderAssignmentInboxListener.SHANGHAI)) + " 达成，申请司法确认的期限至 "
                            + DAY.format(due.deadline().atZone(WorkOrderAssignmentInboxListener.SHANGHAI)) + " 届满，尚未登记申请。"
                            + "如当事人需要司法确认，请提醒其在期限内共同向人民法院申请。"));
        }
        if (payload instanceof DisputeRiskOverridden dispute && dispute.riskGrade() >= LEADER_ALERT_GRADE) {
            return alertLeaders(event, dispute.disputeId(), dispute.jurisdiction(),
                    "纠纷风险调整为" + dispute.riskGrade() + "级",
                    dispute.jurisdiction() + " 纠纷风险等级由" + dispute.derivedGrade() + "级调整为" + dispute.riskGrade()
                            + "级，理由：" + dispute.reason());
        }
        return Mono.empty();
    }

    private Mono<Void> alertLeaders(Event<?> event, String disputeId, String jurisdiction, String title, String body) {
        return leaderAlerts.alert(event, jurisdiction, CaseKind.DISPUTE, disputeId, disputeId, title, body, body);
    }

    private static InboxMessage message(String disputeId, String kind, String title, String body) {
        return CaseKind.DISPUTE.message(disputeId, kind, title, body);
    }

    private static String due(Instant clockDueAt) {
        return clockDueAt == null ? "" : "。请于 " + DUE.format(clockDueAt.atZone(WorkOrderAssignmentInboxListener.SHANGHAI))
                + " 前开展调解。";
    }

    private static String tierName(String tier) {
        return switch (tier == null ? "" : tier) {
            case "village" -> "村级";
            case "township" -> "镇级";
            case "county" -> "县级";
            default -> "下级";
        };
    }

    private static String excerpt(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }
}

package org.fengqiao.notification.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.Topics;
import org.fengqiao.events.UnreadableEventException;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * 催办 reminders and 超期 alerts, read generically from any {@code deadline.approaching} / {@code deadline.breached}
 * payload: {@code holder} (division code of the holding unit, required), {@code holderRole} (else by tier: county →
 * dispatcher, township → handler, village → mediator), {@code assignee} (a user's subject, optional),
 * {@code caseType}, {@code caseId} (or {@code workOrderId}), {@code reference} (or {@code orderNumber}),
 * {@code dueAt}. A reminder goes to the assignee when there is one, else to the holding unit; an alert goes to the
 * holding unit, the assignee and the leaders of the event's county (the owning leader).
 */
@Component
class DeadlineInboxListener {

    private static final String APPROACHING = "deadline.approaching";
    private static final String BREACHED = "deadline.breached";
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

    private final EventJson json;
    private final Inbox inbox;

    DeadlineInboxListener(EventJson json, Inbox inbox) {
        this.json = json;
        this.inbox = inbox;
    }

    @KafkaListener(topics = {Topics.PETITION, Topics.MEDIATION}, groupId = "${spring.application.name}-deadlines")
    void on(ConsumerRecord<String, String> record) {
        EventMetadata metadata = EventRecords.metadata(record.headers());
        String type = metadata.typeId().type();
        if (!APPROACHING.equals(type) && !BREACHED.equals(type)) {
            return;
        }
        JsonNode payload = parse(record.value());
        String holder = text(payload, "holder");
        if (holder == null) {
            throw new UnreadableEventException(type + " without holder", null);
        }
        Jurisdiction holding = jurisdiction(holder);
        String assignee = text(payload, "assignee");
        List<Recipient> recipients = new ArrayList<>();
        if (BREACHED.equals(type) || assignee == null) {
            recipients.add(Recipient.unit(holderRole(payload, holding), holding.code()));
        }
        if (assignee != null) {
            recipients.add(Recipient.user(assignee));
        }
        if (BREACHED.equals(type)) {
            recipients.add(Recipient.unit(Role.LEADER, metadata.jurisdiction().substring(0, 6)));
        }
        InboxMessage message = messageFor(type, payload);
        String eventId = metadata.eventId().toString();
        Flux.fromIterable(recipients)
                .concatMap(recipient -> inbox.deliver(eventId, recipient, message))
                .then()
                .timeout(HANDLER_TIMEOUT)
                .block();
    }

    private static InboxMessage messageFor(String type, JsonNode payload) {
        String caseType = firstText(payload, "caseType", null);
        String caseId = firstText(payload, "caseId", firstText(payload, "workOrderId", null));
        if (caseType == null) {
            caseType = text(payload, "workOrderId") != null ? "work-order" : "case";
        }
        String reference = firstText(payload, "reference",
                firstText(payload, "caseNumber", firstText(payload, "orderNumber", caseId)));
        String due = text(payload, "dueAt");
        String what = ("work-order".equals(caseType) ? "工单" : "案件") + (reference == null ? "" : " " + reference);
        boolean breached = BREACHED.equals(type);
        String title = (breached ? "已超期：" : "即将到期：") + what;
        String body = breached
                ? what + (due == null ? "" : "（期限 " + due + "）") + " 已超过办理期限，请立即办理并说明原因。"
                : what + (due == null ? "" : " 将于 " + due + " 到期") + "，请抓紧办理。";
        String link = caseId == null ? null
                : "work-order".equals(caseType) ? "/api/work-orders/" + caseId : "/api/" + caseType + "s/" + caseId;
        return new InboxMessage(type, title, body, caseType, caseId, link);
    }

    private static Role holderRole(JsonNode payload, Jurisdiction holder) {
        String role = text(payload, "holderRole");
        if (role != null) {
            return Role.fromClaim(role)
                    .orElseThrow(() -> new UnreadableEventException("unknown holderRole " + role, null));
        }
        return switch (holder.tier()) {
            case COUNTY -> Role.DISPATCHER;
            case TOWNSHIP -> Role.HANDLER;
            case VILLAGE, GRID -> Role.MEDIATOR;
        };
    }

    private JsonNode parse(String value) {
        if (value == null) {
            throw new UnreadableEventException("deadline record without payload", null);
        }
        try {
            return json.parse(value);
        } catch (JacksonException e) {
            throw new UnreadableEventException("deadline payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A county department holds as {@code <county>:<department>}; its inbox unit is the county's. */
    private static Jurisdiction jurisdiction(String holder) {
        String code = holder.contains(":") ? holder.substring(0, holder.indexOf(':')) : holder;
        try {
            return Jurisdiction.of(code);
        } catch (RuntimeException e) {
            throw new UnreadableEventException("deadline holder is not a division code: " + holder, e);
        }
    }

    private static String firstText(JsonNode payload, String field, String fallback) {
        String value = text(payload, field);
        return value == null ? fallback : value;
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}

package org.fengqiao.notification.delivery;

import java.time.Instant;

/** A delivery as supervisors see it; a citizen's phone number is masked (138****1234). */
record DeliveryResponse(String id, String channel, String recipient, String eventId, String eventType,
                        String caseType, String caseId, String caseNumber, String jurisdiction, String template,
                        int templateVersion, String content, boolean urgent, String status, int attempts,
                        String lastError, long sequence, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                        int replays) {

    static DeliveryResponse of(Delivery delivery) {
        return new DeliveryResponse(delivery.id(), delivery.channel().value(), masked(delivery), delivery.eventId(),
                delivery.eventType(), delivery.caseType() == null ? null : delivery.caseType().value(), delivery.caseId(),
                delivery.caseNumber(), delivery.jurisdiction(),
                delivery.template(), delivery.templateVersion(), delivery.content(), delivery.urgent(),
                delivery.status().value(), delivery.attempts(), delivery.lastError(), delivery.sequence(),
                delivery.createdAt(), delivery.status().active() ? delivery.nextAttemptAt() : null, delivery.sentAt(),
                delivery.replays());
    }

    private static String masked(Delivery delivery) {
        String recipient = delivery.recipient();
        if (delivery.channel() != Channel.SMS || recipient.length() < 8) {
            return recipient;
        }
        return recipient.substring(0, 3) + "****" + recipient.substring(recipient.length() - 4);
    }
}

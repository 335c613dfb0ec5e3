package org.fengqiao.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notice to one recipient over one channel, with everything needed to send it again: the exact content
 * (the signed JSON body of a callback, the rendered text of an SMS) is fixed when the delivery is created.
 *
 * @param id            unique per event × recipient × template, so a redelivered event never makes a second one
 * @param queue         deliveries with the same queue go out one after the other in {@code sequence} order;
 *                      {@code null} for independent deliveries
 * @param nextAttemptAt when the dispatcher may try next (after a failure, or the end of quiet hours)
 * @param giveUpAt      a failure after this instant makes the delivery {@code dead}
 * @param caseType      the kind of case the delivery is about, or {@code null} when it is about none
 * @param caseId        the owning service's id of that case (a work order's, a petition's, a dispute's id)
 * @param caseNumber    the number people know the case by (12345 order number, 信访件编号 XF...; a dispute's id)
 * @param leaseUntil    an attempt in flight holds the delivery until then ({@link Instant#EPOCH} when free)
 */
@Document(Delivery.COLLECTION)
public record Delivery(
        @Id String id,
        Channel channel,
        String recipient,
        String queue,
        long sequence,
        String eventId,
        String eventType,
        CaseType caseType,
        String caseId,
        String caseNumber,
        String jurisdiction,
        String template,
        int templateVersion,
        String content,
        boolean urgent,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant giveUpAt,
        Instant leaseUntil,
        Instant sentAt,
        int replays) {

    static final String COLLECTION = "deliveries";

    static Delivery of(NewDelivery request, long sequence, Instant now, Duration retryFor) {
        Instant notBefore = request.notBefore() == null || request.notBefore().isBefore(now) ? now : request.notBefore();
        return new Delivery(request.id(), request.channel(), request.recipient(), request.queue(), sequence,
                request.eventId(), request.eventType(), request.caseType(), request.caseId(), request.caseNumber(),
                request.jurisdiction(), request.template(), request.templateVersion(), request.content(),
                request.urgent(), DeliveryStatus.PENDING, 0, null, now, notBefore, notBefore.plus(retryFor),
                Instant.EPOCH, null, 0);
    }
}

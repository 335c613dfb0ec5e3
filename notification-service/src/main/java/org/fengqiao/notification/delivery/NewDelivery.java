package org.fengqiao.notification.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * What a notice rule asks the dispatcher to send.
 *
 * @param id        unique per event × recipient × template (the dedupe key)
 * @param queue     a key whose deliveries must go out in order (e.g. {@code callback:<workOrderId>}), or null
 * @param caseType  the kind of case the notice is about, or null when it is about none
 * @param caseId    the owning service's id of the case, or null
 * @param caseNumber the number people know the case by (order number, petition number), or null
 * @param notBefore not to be sent before this instant (quiet hours), or null for as soon as possible
 */
public record NewDelivery(
        String id,
        Channel channel,
        String recipient,
        String queue,
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
        Instant notBefore) {

    public NewDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
}

package org.fengqiao.notification.delivery;

/**
 * Filters of the delivery log, each an exact match; a null filter matches everything.
 *
 * @param recipient the full recipient (a phone number, a callback URL), as stored, not as masked in answers
 */
record DeliverySearch(CaseType caseType, String caseId, String caseNumber, String eventType, String recipient,
                      DeliveryStatus status, Channel channel) {
}

package org.fengqiao.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One item in a unit's inbox. Its id is derived from the causing event and the recipient, so a
 * redelivered event finds its item already there instead of creating a second one.
 */
@Document(InboxItem.COLLECTION)
record InboxItem(
        @Id String id,
        String recipient,
        String kind,
        String title,
        String body,
        String caseType,
        String caseId,
        String link,
        String sourceEventId,
        Instant createdAt,
        Instant readAt) {

    static final String COLLECTION = "inbox_items";

    static InboxItem fromEvent(String eventId, Recipient recipient, InboxMessage message, Instant createdAt) {
        return new InboxItem(eventId + ":" + recipient.key(), recipient.key(), message.kind(), message.title(),
                message.body(), message.caseType(), message.caseId(), message.link(), eventId, createdAt, null);
    }

    boolean unread() {
        return readAt == null;
    }
}

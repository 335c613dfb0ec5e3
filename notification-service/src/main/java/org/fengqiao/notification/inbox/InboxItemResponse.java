package org.fengqiao.notification.inbox;

import java.time.Instant;

record InboxItemResponse(String id, String kind, String title, String body, String caseType, String caseId,
                         String link, Instant createdAt, boolean read) {

    static InboxItemResponse of(InboxItem item) {
        return new InboxItemResponse(item.id(), item.kind(), item.title(), item.body(), item.caseType(), item.caseId(),
                item.link(), item.createdAt(), !item.unread());
    }
}

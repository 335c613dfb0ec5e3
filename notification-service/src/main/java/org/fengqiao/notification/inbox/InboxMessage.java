package org.fengqiao.notification.inbox;

/** What an inbox item says and which case it points to. */
record InboxMessage(String kind, String title, String body, String caseType, String caseId, String link) {
}

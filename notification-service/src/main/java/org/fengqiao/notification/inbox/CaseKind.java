package org.fengqiao.notification.inbox;

import org.fengqiao.notification.delivery.CaseType;

/** The cases an inbox item can point to: the item's {@code caseType} and where the API shows such a case. */
enum CaseKind {

    PETITION("petition", "/api/petitions/"),
    WORK_ORDER("work-order", "/api/work-orders/"),
    DISPUTE("dispute", "/api/disputes/");

    private final String caseType;
    private final String path;

    CaseKind(String caseType, String path) {
        this.caseType = caseType;
        this.path = path;
    }

    /** The same kind of case as the delivery log names it. */
    CaseType deliveryCaseType() {
        return CaseType.of(caseType);
    }

    /** An inbox message about the case {@code caseId} of this kind, linking to it. */
    InboxMessage message(String caseId, String kind, String title, String body) {
        return new InboxMessage(kind, title, body, caseType, caseId, path + caseId);
    }
}

package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/** A return visit as the API shows it; {@code outcome} is {@code null} while it is pending. */
record ReturnVisitResponse(String id, String caseType, String caseId, String caseNumber, String jurisdiction,
                           Instant createdAt, Instant dueAt, String state, Outcome outcome, Long version) {

    static ReturnVisitResponse of(ReturnVisit visit) {
        return new ReturnVisitResponse(visit.id(), visit.caseType(), visit.caseId(), visit.caseNumber(),
                visit.jurisdiction(), visit.createdAt(), visit.dueAt(), visit.outcome() == null ? "pending" : "completed",
                visit.outcome(), visit.version());
    }
}

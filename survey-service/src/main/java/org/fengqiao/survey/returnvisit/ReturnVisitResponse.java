package org.fengqiao.survey.returnvisit;

import java.time.Instant;
import java.util.List;

/**
 * A return visit as surveyors see it (with whom to call); {@code outcome} is {@code null} while it is pending,
 * {@code attempts} lists the calls that did not reach the citizen.
 */
record ReturnVisitResponse(String id, String caseType, String caseId, String caseNumber, String jurisdiction,
                           String unit, Instant repliedAt, String citizenName, String citizenPhone,
                           Instant createdAt, Instant dueAt, String state, List<Outcome> attempts, Outcome outcome,
                           Instant ratingExpiresAt, Long version) {

    static ReturnVisitResponse of(ReturnVisit visit) {
        return new ReturnVisitResponse(visit.id(), visit.caseType(), visit.caseId(), visit.caseNumber(),
                visit.jurisdiction(), visit.unit(), visit.repliedAt(), visit.citizenName(), visit.citizenPhone(),
                visit.createdAt(), visit.dueAt(), visit.state().name(), visit.attempts(), visit.outcome(),
                visit.ratingExpiresAt(), visit.version());
    }
}

package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/**
 * What the public rating link shows before the citizen answers: enough to recognise the case, nothing that
 * identifies anyone (no name, no phone).
 */
record RatingPage(String caseType, String caseNumber, String unit, Instant repliedAt, Instant expiresAt) {

    static RatingPage of(ReturnVisit visit) {
        return new RatingPage(visit.caseType(), visit.caseNumber(), visit.unit(), visit.repliedAt(),
                visit.ratingExpiresAt());
    }
}

package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/**
 * What the public rating link shows before the citizen answers: enough to recognise the case, nothing that
 * identifies anyone (no name, no phone).
 */
record RatingPage(String caseType, String caseNumber, String unit, String unitName, Instant repliedAt,
                  Instant expiresAt) {

    /** {@code unitName} may be {@code null}: not every unit's name is known. */
    static RatingPage of(ReturnVisit visit, String unitName) {
        return new RatingPage(visit.caseType(), visit.caseNumber(), visit.unit(), unitName, visit.repliedAt(),
                visit.ratingExpiresAt());
    }
}

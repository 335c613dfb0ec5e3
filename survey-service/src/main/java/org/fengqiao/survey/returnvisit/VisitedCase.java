package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/**
 * The case a return visit is about, as the events of its owning service describe it.
 *
 * @param caseType     {@code work-order}, {@code petition} or {@code dispute}
 * @param caseId       the owning service's id of the case
 * @param caseNumber   the case's human-readable number
 * @param jurisdiction division code the case belongs to (the surveyors' scope)
 * @param unit         division (or {@code <division>:<department>}) code of the unit that handled it, or {@code null}
 * @param repliedAt    when the case was answered (reply, agreement), shown on the rating page
 * @param citizenName  the person to visit, or {@code null}
 * @param citizenPhone their phone, or {@code null}
 */
record VisitedCase(String caseType, String caseId, String caseNumber, String jurisdiction, String unit,
                   Instant repliedAt, String citizenName, String citizenPhone) {

    static final String WORK_ORDER = "work-order";
    static final String PETITION = "petition";
    static final String DISPUTE = "dispute";
}

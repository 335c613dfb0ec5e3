package org.fengqiao.survey.returnvisit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the events before a visit told us about its case: who to call and who answered when. Kept from
 * {@code work-order.received} / {@code work-order.replied} because the review that asks for the visit carries
 * neither. {@code _id} = {@code <caseType>:<caseId>}.
 */
@Document(CaseContact.COLLECTION)
record CaseContact(@Id String id, String citizenName, String citizenPhone, String unit, Instant repliedAt) {

    static final String COLLECTION = "return_visit_cases";

    static String idOf(String caseType, String caseId) {
        return caseType + ":" + caseId;
    }
}

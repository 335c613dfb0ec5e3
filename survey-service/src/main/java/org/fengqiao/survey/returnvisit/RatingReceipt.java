package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/** The answer to a recorded rating. */
record RatingReceipt(String caseNumber, Satisfaction satisfaction, Instant recordedAt, String message) {

    static RatingReceipt of(ReturnVisit visit) {
        return new RatingReceipt(visit.caseNumber(), visit.outcome().satisfaction(), visit.outcome().at(),
                "感谢您的评价");
    }
}

package org.fengqiao.survey.kpi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the KPIs need of one completed return visit (回访): reached or not, and the citizen's satisfaction.
 * {@code jurisdiction} is the division of the unit whose handling was rated (the township that replied to a 12345
 * order), the case's own jurisdiction when the event names no unit.
 */
@Document(VisitFact.COLLECTION)
record VisitFact(@Id String id, String caseType, String jurisdiction, Instant completedAt, boolean reached,
                 String satisfaction) {

    static final String COLLECTION = "kpi_return_visits";

    boolean rated() {
        return reached && satisfaction != null;
    }

    /** 满意 and 基本满意 both count as satisfied in the 满意率. */
    boolean satisfied() {
        return rated() && ("satisfied".equals(satisfaction) || "basically_satisfied".equals(satisfaction));
    }
}

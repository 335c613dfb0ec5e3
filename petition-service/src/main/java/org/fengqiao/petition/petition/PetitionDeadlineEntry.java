package org.fengqiao.petition.petition;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A running petition deadline in the shared {@value #COLLECTION} collection (the work-order track keeps its own
 * entries there with {@code caseType = work-order}); the same shape, so one collection holds only open deadlines
 * and the scan's cost grows with open cases, never with history.
 *
 * @param id          {@code <petitionId>:<stage>}
 * @param alerts      {@code approaching-<n>} (n working days before) and {@code breached}
 * @param fired       keys of the alerts already published for this deadline
 * @param nextAlertAt the earliest unfired alert, {@code null} when none is left
 */
record PetitionDeadlineEntry(@Id String id, String caseType, String caseId, String caseNumber, String stage,
                             String jurisdiction, String holder, Instant dueAt, boolean open, List<Alert> alerts,
                             List<String> fired, Instant nextAlertAt) {

    static final String COLLECTION = "open_deadlines";
    static final String CASE_TYPE = "petition";
    static final String BREACHED = "breached";
    static final List<String> STAGES = List.of("accept", "reply", "review", "re-review", "supervision");

    static String idOf(String petitionId, String stage) {
        return petitionId + ":" + stage;
    }

    /** An alert of a deadline: its key and when it fires. */
    record Alert(String key, Instant firesAt) {

        static String approaching(int workingDays) {
            return "approaching-" + workingDays;
        }

        boolean isBreach() {
            return BREACHED.equals(key);
        }

        int workingDaysBefore() {
            return Integer.parseInt(key.substring("approaching-".length()));
        }
    }
}

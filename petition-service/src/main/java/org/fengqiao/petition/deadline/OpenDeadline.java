package org.fengqiao.petition.deadline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * One running deadline in the compact {@value #COLLECTION} collection, which holds only what the scan needs:
 * open deadlines, never history, so the scan's cost grows with open cases. Both tracks keep their entries here,
 * told apart by {@code caseType}. Its {@code outbox} (not mapped here) carries the due-soon and overdue events
 * until the relay has published them.
 *
 * @param id          {@code <caseId>:<stage>}
 * @param open        false once the stage ended; removed when its outbox is empty
 * @param alerts      when each alert fires: {@code approaching-<n>} (n working days before) and {@code breached}
 * @param fired       keys of the alerts already published for this deadline
 * @param nextAlertAt the earliest unfired alert, {@code null} when none is left; what the scan queries
 */
public record OpenDeadline(@Id String id, String caseType, String caseId, String caseNumber, String stage,
                           String jurisdiction, String holder, Instant dueAt, boolean open, List<Alert> alerts,
                           List<String> fired, Instant nextAlertAt) {

    public static final String COLLECTION = "open_deadlines";
    public static final String BREACHED = "breached";

    public static String idOf(String caseId, String stage) {
        return caseId + ":" + stage;
    }

    /** An alert of a deadline: its key and when it fires. */
    public record Alert(String key, Instant firesAt) {

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

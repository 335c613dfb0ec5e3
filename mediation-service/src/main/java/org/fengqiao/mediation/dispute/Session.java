package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.List;

/**
 * 调解会: one mediation session, first scheduled, then held with its attendees, minutes and outcome.
 *
 * @param no          number within the dispute, from 1
 * @param tier        the tier that ran it
 * @param kind        the mediation system
 * @param scheduledAt when it is planned
 * @param place       where
 * @param mediators   who mediates (names)
 * @param heldAt      when it took place, {@code null} while only scheduled
 * @param attendees   who came
 * @param minutes     调解笔录
 * @param outcome     what it came to, {@code null} while only scheduled
 */
record Session(int no, Tier tier, SessionKind kind, Instant scheduledAt, String place, List<String> mediators,
               Instant heldAt, List<String> attendees, String minutes, SessionOutcome outcome) {

    boolean held() {
        return heldAt != null;
    }

    Session heldWith(Instant heldAt, List<String> attendees, String minutes, SessionOutcome outcome) {
        return new Session(no, tier, kind, scheduledAt, place, mediators, heldAt, List.copyOf(attendees), minutes,
                outcome);
    }
}

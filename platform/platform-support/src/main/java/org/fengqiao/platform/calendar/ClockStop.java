package org.fengqiao.platform.calendar;

import java.time.Instant;

/**
 * A clock stop (中止/暂停计时): an interval in which a time limit does not run, e.g. while a case is
 * suspended awaiting an appraisal or a court ruling.
 *
 * @param from when the clock stopped
 * @param until when it restarted, or {@code null} while it is still stopped
 */
public record ClockStop(Instant from, Instant until) {

    public ClockStop {
        if (from == null) {
            throw new IllegalArgumentException("clock stop without a start");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("clock stop ends before it starts: " + from + " .. " + until);
        }
    }

    /** A clock stop that has not ended. */
    public static ClockStop since(Instant from) {
        return new ClockStop(from, null);
    }

    public boolean isOpen() {
        return until == null;
    }
}

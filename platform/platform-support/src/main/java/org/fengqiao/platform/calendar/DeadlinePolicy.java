package org.fengqiao.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes when a time limit runs out (期限届满). Conventions, in the order they apply:
 * <ol>
 * <li><b>Counting starts the day after the start</b> ("自受理之日起60日内": the day of acceptance does not
 *     count). The start date is the Asia/Shanghai date of the start instant.</li>
 * <li><b>Calendar days</b>: start date + n. If that last day is not a working day (a holiday or an ordinary
 *     weekend; a make-up working day counts as working) it moves to the next working day, as in
 *     administrative procedure: "期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期".
 *     This extension (顺延) can be switched off.</li>
 * <li><b>Working days</b>: the n-th working day after the start date ({@link WorkCalendar#addWorkingDays}).</li>
 * <li><b>Same day</b>: the start date itself, never extended (emergencies are handled on holidays too).</li>
 * <li>Day-based limits are <b>due at the end of the due day</b>, 23:59:59.999 Asia/Shanghai.
 *     <b>Hours</b> and <b>minutes</b> are elapsed time: start + n hours (minutes), to the millisecond.</li>
 * <li><b>Clock stops</b> push the deadline by what they took out of the time limit, counted like the limit:
 *     a stop from date S to date R (Asia/Shanghai) takes the days after S up to R, the same way the limit
 *     itself is counted; so calendar-day and same-day limits move by R − S calendar days, working-day limits
 *     by the working days among them ({@link WorkCalendar#workingDaysBetween}), and hour limits by the
 *     exact stopped duration. A stop within a single day takes nothing. Parts before the start are ignored;
 *     a stop that begins after the (pushed) deadline has passed changes nothing: an overdue case stays
 *     overdue. While a stop is open there is no deadline.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class DeadlinePolicy {

    private final WorkCalendar calendar;
    private final boolean extendPastRestDays;

    /**
     * @param extendPastRestDays whether a calendar-day deadline whose last day is not a working day moves
     *        to the next working day (顺延)
     */
    public DeadlinePolicy(WorkCalendar calendar, boolean extendPastRestDays) {
        this.calendar = calendar;
        this.extendPastRestDays = extendPastRestDays;
    }

    /** The usual policy: calendar-day deadlines are extended past rest days. */
    public static DeadlinePolicy standard(WorkCalendar calendar) {
        return new DeadlinePolicy(calendar, true);
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * When a time limit that started at {@code start} runs out, without clock stops.
     *
     * @throws CalendarYearMissingException if the count needs a year without calendar data
     */
    public Instant dueAt(Instant start, TimeLimit limit) {
        return dueAt(start, limit, List.of()).orElseThrow();
    }

    /**
     * When a time limit that started at {@code start} runs out, pushed by the clock stops.
     *
     * @param stops clock stops in any order; they must not overlap, and only the latest may be open
     * @return empty while a clock stop that matters is still open
     * @throws CalendarYearMissingException if the count needs a year without calendar data
     */
    public Optional<Instant> dueAt(Instant start, TimeLimit limit, List<ClockStop> stops) {
        List<ClockStop> ordered = inOrder(stops);
        return limit.isElapsed()
                ? elapsedDueAt(start, elapsed(limit), ordered)
                : daysDueAt(start, limit, ordered);
    }

    /**
     * The instants at which "due soon" thresholds fire for a deadline, earliest first, e.g. thresholds of 3
     * days and 1 day give {@code dueAt − 3d} and {@code dueAt − 1d}. A threshold that would fire at or before
     * {@code start} is left out: such a case is due soon from the moment it starts, and the start notice says so.
     */
    public List<DueSoonAlert> dueSoonAlerts(Instant start, Instant dueAt, List<Duration> thresholds) {
        List<DueSoonAlert> alerts = new ArrayList<>();
        for (Duration threshold : thresholds) {
            if (threshold.isNegative() || threshold.isZero()) {
                throw new IllegalArgumentException("a due-soon threshold must be positive: " + threshold);
            }
            Instant firesAt = dueAt.minus(threshold);
            if (firesAt.isAfter(start)) {
                alerts.add(new DueSoonAlert(threshold, firesAt));
            }
        }
        alerts.sort(Comparator.comparing(DueSoonAlert::firesAt));
        return List.copyOf(alerts);
    }

    private static Duration elapsed(TimeLimit limit) {
        return limit.unit() == TimeLimit.Unit.HOURS ? Duration.ofHours(limit.amount()) : Duration.ofMinutes(limit.amount());
    }

    private Optional<Instant> elapsedDueAt(Instant start, Duration limit, List<ClockStop> stops) {
        Instant due = start.plus(limit);
        for (ClockStop stop : stops) {
            if (stop.from().isAfter(due)) {
                break;
            }
            if (stop.isOpen()) {
                return Optional.empty();
            }
            Instant from = stop.from().isBefore(start) ? start : stop.from();
            if (stop.until().isAfter(from)) {
                due = due.plus(Duration.between(from, stop.until()));
            }
        }
        return Optional.of(due);
    }

    private Optional<Instant> daysDueAt(Instant start, TimeLimit limit, List<ClockStop> stops) {
        LocalDate startDate = WorkCalendar.dateOf(start);
        LocalDate lastDay = switch (limit.unit()) {
            case CALENDAR_DAYS -> calendar.addCalendarDays(startDate, limit.amount());
            case WORKING_DAYS -> calendar.addWorkingDays(startDate, limit.amount());
            case SAME_DAY -> startDate;
            case HOURS, MINUTES -> throw new IllegalStateException("elapsed time is not counted in days");
        };
        for (ClockStop stop : stops) {
            if (stop.from().isAfter(WorkCalendar.endOf(extended(lastDay, limit)))) {
                break;
            }
            if (stop.isOpen()) {
                return Optional.empty();
            }
            LocalDate stopped = WorkCalendar.dateOf(stop.from());
            LocalDate from = stopped.isBefore(startDate) ? startDate : stopped;
            LocalDate resumed = WorkCalendar.dateOf(stop.until());
            if (resumed.isAfter(from)) {
                lastDay = limit.unit() == TimeLimit.Unit.WORKING_DAYS
                        ? calendar.addWorkingDays(lastDay, calendar.workingDaysBetween(from, resumed))
                        : lastDay.plusDays(ChronoUnit.DAYS.between(from, resumed));
            }
        }
        return Optional.of(WorkCalendar.endOf(extended(lastDay, limit)));
    }

    private LocalDate extended(LocalDate lastDay, TimeLimit limit) {
        return limit.unit() == TimeLimit.Unit.CALENDAR_DAYS && extendPastRestDays
                ? calendar.firstWorkingDayFrom(lastDay)
                : lastDay;
    }

    private static List<ClockStop> inOrder(List<ClockStop> stops) {
        List<ClockStop> ordered = new ArrayList<>(stops);
        ordered.sort(Comparator.comparing(ClockStop::from));
        for (int i = 1; i < ordered.size(); i++) {
            ClockStop previous = ordered.get(i - 1);
            if (previous.isOpen() || previous.until().isAfter(ordered.get(i).from())) {
                throw new IllegalArgumentException("clock stops overlap: " + previous + " and " + ordered.get(i));
            }
        }
        return ordered;
    }
}

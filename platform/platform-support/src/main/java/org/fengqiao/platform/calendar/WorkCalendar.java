package org.fengqiao.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Chinese work calendar: Monday to Friday are working days, except public holidays (放假), and a
 * Saturday or Sunday is a working day when it is a make-up day (调休上班). Dates are civil dates in
 * {@link #ZONE Asia/Shanghai}.
 *
 * <p>Only years with data are answered: any question about another year throws
 * {@link CalendarYearMissingException} rather than falling back to "weekends only". Around the Spring
 * Festival that fallback would be wrong by up to six working days, silently, in deadlines that are
 * binding on the handling unit; a missing year is an administrator's task (drop in {@code cn-<year>.csv}),
 * and {@link #coverage()} lets start-up warn about it months ahead.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkCalendar {

    /** The zone of every civil date on the platform. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SortedMap<Integer, CalendarYear.Status> coverage;
    private final Map<LocalDate, String> holidays = new HashMap<>();
    private final Map<LocalDate, String> makeUpWorkdays = new HashMap<>();

    private WorkCalendar(Collection<CalendarYear> years) {
        SortedMap<Integer, CalendarYear.Status> covered = new TreeMap<>();
        for (CalendarYear year : years) {
            if (covered.put(year.year(), year.status()) != null) {
                throw new IllegalArgumentException(year.year() + " 年的日历数据重复 (year given twice)");
            }
            holidays.putAll(year.holidays());
            makeUpWorkdays.putAll(year.makeUpWorkdays());
        }
        for (LocalDate date : makeUpWorkdays.keySet()) {
            if (holidays.containsKey(date)) {
                throw new IllegalArgumentException(date + " 在不同年份文件中既是放假日又是调休上班日 (conflicting year files)");
            }
        }
        this.coverage = Collections.unmodifiableSortedMap(covered);
    }

    /** A calendar answering for exactly the given years. */
    public static WorkCalendar of(Collection<CalendarYear> years) {
        return new WorkCalendar(years);
    }

    /** The civil date of an instant in Asia/Shanghai. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The last millisecond of a civil date in Asia/Shanghai (23:59:59.999). */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
    }

    /** The years this calendar answers for, with whether each is official or provisional. */
    public SortedMap<Integer, CalendarYear.Status> coverage() {
        return coverage;
    }

    /** @throws CalendarYearMissingException if the date's year has no data */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        if (makeUpWorkdays.containsKey(date)) {
            return true;
        }
        return !holidays.containsKey(date) && !CalendarYear.isWeekend(date);
    }

    /** The festival a holiday or make-up working day belongs to (e.g. 国庆节); empty for an ordinary day. */
    public Optional<String> festivalOf(LocalDate date) {
        requireCovered(date);
        String holiday = holidays.get(date);
        return Optional.ofNullable(holiday != null ? holiday : makeUpWorkdays.get(date));
    }

    /**
     * The n-th working day after {@code from}; {@code from} itself never counts, whether or not it is a
     * working day ("自…之日起 n 个工作日"). {@code n = 0} returns {@code from}.
     *
     * @throws CalendarYearMissingException if the count runs through a year without data
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = from;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code from} plus n calendar days; holidays play no part (see {@link DeadlinePolicy} for the 顺延 rule). */
    public LocalDate addCalendarDays(LocalDate from, int n) {
        return from.plusDays(n);
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code addWorkingDays(from, workingDaysBetween(from, to))} is {@code to} when {@code to} is a working day.
     * Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code date} if it is a working day, else the first working day after it. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private void requireCovered(LocalDate date) {
        if (!coverage.containsKey(date.getYear())) {
            throw new CalendarYearMissingException(date.getYear());
        }
    }
}

package org.fengqiao.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One year of the national holiday arrangement (国务院办公厅节假日安排): the rest days (放假) and the
 * make-up working days (调休上班), each with the festival it belongs to. Usually read from
 * {@code cn-<year>.csv} by {@link CalendarYearFile}; the constructor rejects data that cannot be right.
 *
 * @param year the year of the arrangement; its dates lie in that year, or in the December before it
 *        (a make-up day for New Year's Day has been placed there)
 * @param status whether the data copies the published notice or is a derived guess
 * @param holidays rest days (放假) by date, valued by festival name (e.g. 春节)
 * @param makeUpWorkdays Saturdays and Sundays that are working days (调休上班) by date, valued by festival name
 */
public record CalendarYear(int year, Status status, SortedMap<LocalDate, String> holidays,
        SortedMap<LocalDate, String> makeUpWorkdays) {

    /** Whether the State Council has published the arrangement the data follows. */
    public enum Status {
        /** Copied from the published notice. */
        OFFICIAL,
        /** Derived from the lunar calendar and the usual pattern; to be replaced once the notice is out. */
        PROVISIONAL
    }

    public CalendarYear {
        if (status == null) {
            throw new IllegalArgumentException(year + " 年日历缺少状态 official/provisional (status missing)");
        }
        holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
        makeUpWorkdays = Collections.unmodifiableSortedMap(new TreeMap<>(makeUpWorkdays));
        holidays.keySet().forEach(date -> requireInYear(year, date));
        for (LocalDate date : makeUpWorkdays.keySet()) {
            requireInYear(year, date);
            if (!isWeekend(date)) {
                throw new IllegalArgumentException(date + " 是" + weekday(date) + "，调休上班日只能是周六或周日"
                        + " (a make-up working day must be a Saturday or Sunday)");
            }
            if (holidays.containsKey(date)) {
                throw new IllegalArgumentException(date + " 既是放假日又是调休上班日 (both a holiday and a make-up working day)");
            }
        }
    }

    private static void requireInYear(int year, LocalDate date) {
        boolean decemberBefore = date.getYear() == year - 1 && date.getMonthValue() == 12;
        if (date.getYear() != year && !decemberBefore) {
            throw new IllegalArgumentException(date + " 不属于 " + year + " 年的节假日安排 (date outside the year " + year + ")");
        }
    }

    private static String weekday(LocalDate date) {
        return "周" + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

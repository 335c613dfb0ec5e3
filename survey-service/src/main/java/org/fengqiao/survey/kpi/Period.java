package org.fengqiao.survey.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 统计期: a calendar month ({@code 2026-11}), quarter ({@code 2026-Q4}) or year ({@code 2026}) in Asia/Shanghai.
 *
 * @param label    as the caller wrote it
 * @param first    the first day
 * @param end      the day after the last day
 */
record Period(String label, LocalDate first, LocalDate end) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?");

    static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidKpiQuery("缺少统计期（period），例如 2026-11（月）、2026-Q4（季度）或 2026（年）");
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InvalidKpiQuery("统计期（period）'" + abbreviate(text)
                    + "' 无效，应为 2026-11（月）、2026-Q4（季度）或 2026（年）");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            throw new InvalidKpiQuery("统计期（period）的年份须在 2000 到 2100 之间");
        }
        if (matcher.group(2) != null) {
            LocalDate first = LocalDate.of(year, Integer.parseInt(matcher.group(2)), 1);
            return new Period(matcher.group(), first, first.plusMonths(1));
        }
        if (matcher.group(3) != null) {
            LocalDate first = LocalDate.of(year, (Integer.parseInt(matcher.group(3)) - 1) * 3 + 1, 1);
            return new Period(matcher.group(), first, first.plusMonths(3));
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        return new Period(matcher.group(), first, first.plusYears(1));
    }

    /** The same period one year earlier (同期), for the year-on-year change. */
    Period yearBefore() {
        return new Period(label, first.minusYears(1), end.minusYears(1));
    }

    LocalDate last() {
        return end.minusDays(1);
    }

    /** The moment the period ends: the start of the day after its last day. */
    Instant endsAt() {
        return end.atStartOfDay(ZONE).toInstant();
    }

    boolean contains(Instant at) {
        return at != null && !at.isBefore(first.atStartOfDay(ZONE).toInstant())
                && at.isBefore(end.atStartOfDay(ZONE).toInstant());
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}

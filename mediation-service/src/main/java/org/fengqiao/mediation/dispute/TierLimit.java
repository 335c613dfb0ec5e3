package org.fengqiao.mediation.dispute;

import java.util.regex.Matcher;

import org.fengqiao.platform.calendar.TimeLimit;

/**
 * A tier's time limit as configured: {@code <n>m} minutes (drills and rehearsals), {@code <n>h} hours, {@code <n>d} days of 24 hours (elapsed, like the seed's
 * 「1天之内」), {@code <n>wd} working days (工作日), {@code <n>cd} calendar days (自然日, extended past a rest day).
 *
 * @param limit how the platform's deadline policy counts it
 * @param text  the limit for people, e.g. {@code 3 个工作日}
 */
record TierLimit(TimeLimit limit, String text) {

    static final String FORMAT = "([1-9]\\d{0,3})(m|h|d|wd|cd)";
    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(FORMAT);

    static TierLimit parse(String value) {
        Matcher matcher = PATTERN.matcher(value == null ? "" : value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("调解时限格式应为 <数字>m|h|d|wd|cd，例如 30m、1h、1d、3wd、30cd: " + value);
        }
        int n = Integer.parseInt(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> new TierLimit(TimeLimit.minutes(n), n + " 分钟");
            case "h" -> new TierLimit(TimeLimit.hours(n), n + " 小时");
            case "d" -> new TierLimit(TimeLimit.hours(24 * n), n + " 天");
            case "wd" -> new TierLimit(TimeLimit.workingDays(n), n + " 个工作日");
            default -> new TierLimit(TimeLimit.calendarDays(n), n + " 日");
        };
    }
}

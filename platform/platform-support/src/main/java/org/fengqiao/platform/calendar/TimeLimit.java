package org.fengqiao.platform.calendar;

/**
 * A time limit (期限) as policy data: an amount and its unit, e.g. 60 calendar days for a petition's
 * reply, 13 working days for a complaint work order, same day for an emergency.
 *
 * @param amount how many units; 0 for {@link Unit#SAME_DAY}
 * @param unit how they are counted, see {@link DeadlinePolicy}
 */
public record TimeLimit(int amount, Unit unit) {

    /** How a time limit is counted. */
    public enum Unit {
        /** 日: calendar days counted from the day after the start; a last day that is a rest day may be extended (顺延). */
        CALENDAR_DAYS,
        /** 工作日: working days of the {@link WorkCalendar} counted from the day after the start. */
        WORKING_DAYS,
        /** 小时: elapsed hours from the start instant, holidays included. */
        HOURS,
        /** 分钟: elapsed minutes from the start instant, holidays included (short drills and rehearsals). */
        MINUTES,
        /** 当日: by the end of the start day, holiday or not (emergencies). */
        SAME_DAY
    }

    public TimeLimit {
        if (unit == null) {
            throw new IllegalArgumentException("time limit unit missing");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("time limit must not be negative: " + amount);
        }
        if (unit == Unit.SAME_DAY && amount != 0) {
            throw new IllegalArgumentException("a same-day limit has no amount: " + amount);
        }
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(days, Unit.CALENDAR_DAYS);
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    public static TimeLimit hours(int hours) {
        return new TimeLimit(hours, Unit.HOURS);
    }

    public static TimeLimit minutes(int minutes) {
        return new TimeLimit(minutes, Unit.MINUTES);
    }

    /** Whether the limit is elapsed time from the start instant rather than counted in days. */
    public boolean isElapsed() {
        return unit == Unit.HOURS || unit == Unit.MINUTES;
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(0, Unit.SAME_DAY);
    }
}

package org.fengqiao.platform.calendar;

/**
 * Asked about a date in a year the work calendar has no holiday data for. An administrator fixes it by
 * adding {@code cn-<year>.csv} (see {@code calendar/README.md}); no deadline is guessed meanwhile.
 */
public class CalendarYearMissingException extends IllegalStateException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("工作日历缺少 " + year + " 年的节假日与调休数据，请在 fengqiao.calendar.location 目录添加 cn-" + year
                + ".csv (no work-calendar data for " + year + ")");
        this.year = year;
    }

    public int year() {
        return year;
    }
}

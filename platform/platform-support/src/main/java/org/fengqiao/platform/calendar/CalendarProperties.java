package org.fengqiao.platform.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the work calendar, prefix {@code fengqiao.calendar}.
 *
 * @param location an extra directory of year files ({@code cn-<year>.csv}) as a Spring resource location,
 *        e.g. {@code file:/etc/fengqiao/calendar/}; its files add years to the bundled ones and replace a
 *        bundled year of the same number. Unset: bundled years only.
 * @param extendCalendarDayDeadlines whether a calendar-day deadline whose last day is not a working day
 *        moves to the next working day (顺延); default {@code true}
 */
@ConfigurationProperties("fengqiao.calendar")
public record CalendarProperties(String location, @DefaultValue("true") boolean extendCalendarDayDeadlines) {
}

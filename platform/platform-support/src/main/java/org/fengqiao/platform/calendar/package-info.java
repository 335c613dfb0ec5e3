/**
 * The work calendar and deadline arithmetic (期限计算) of the platform.
 *
 * <ul>
 * <li>{@link org.fengqiao.platform.calendar.WorkCalendar}: which dates are working days, given the national
 *     holidays (放假) and make-up working days (调休上班), in Asia/Shanghai.</li>
 * <li>{@link org.fengqiao.platform.calendar.DeadlinePolicy}: when a
 *     {@link org.fengqiao.platform.calendar.TimeLimit} runs out, pushed by
 *     {@link org.fengqiao.platform.calendar.ClockStop clock stops}, and when "due soon" warnings fire; its
 *     Javadoc states the counting conventions.</li>
 * <li>{@link org.fengqiao.platform.calendar.CalendarAutoConfiguration}: the Boot beans; everything else is
 *     plain Java.</li>
 * </ul>
 *
 * <p><b>Holiday data</b> is one file per year, {@code calendar/cn-<year>.csv} in this module (2024-2026 follow
 * the State Council notices; 2027 is provisional). To add a year, write {@code cn-<year>.csv} from the State
 * Council notice, published each November for the next year, in the format of
 * {@code calendar/README.md}, and either add it to {@code src/main/resources/calendar/} (next release) or drop
 * it into the directory named by {@code fengqiao.calendar.location} (e.g. {@code file:/etc/fengqiao/calendar/})
 * and restart: no rebuild. A file there replaces the bundled year of the same number. A year without data is
 * an error ({@link org.fengqiao.platform.calendar.CalendarYearMissingException}), never a guess; start-up warns
 * when this year or the next is missing or provisional.
 */
package org.fengqiao.platform.calendar;

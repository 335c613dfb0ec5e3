package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.fengqiao.platform.calendar.CalendarYear.Status;
import org.junit.jupiter.api.Test;

/** Sanity of the shipped holiday data: every file, including one added later, must pass these. */
class BundledCalendarDataTest {

    @Test
    void theYears2024To2027AreShippedAndOnly2027IsProvisional() {
        assertThat(BundledCalendars.calendar().coverage())
                .containsEntry(2024, Status.OFFICIAL)
                .containsEntry(2025, Status.OFFICIAL)
                .containsEntry(2026, Status.OFFICIAL)
                .containsEntry(2027, Status.PROVISIONAL);
    }

    @Test
    void everyMakeUpWorkingDayIsASaturdayOrSunday() {
        assertThat(BundledCalendars.years()).allSatisfy(year ->
                assertThat(year.makeUpWorkdays().keySet()).as("make-up days of %d", year.year())
                        .isNotEmpty()
                        .allMatch(CalendarYear::isWeekend));
    }

    @Test
    void noDateIsBothAHolidayAndAMakeUpWorkingDay() {
        assertThat(BundledCalendars.years()).allSatisfy(year ->
                assertThat(year.holidays().keySet()).as("%d", year.year())
                        .doesNotContainAnyElementsOf(year.makeUpWorkdays().keySet()));
    }

    @Test
    void weekdaysOffMinusMakeUpDaysEqualTheStatutoryHolidaysOfTheYear() {
        // 全国年节及纪念日放假办法: 11 days until 2024; 13 from 2025 (除夕 and 5月2日 added).
        // Every weekday off beyond them has to be paid back by a make-up working day.
        assertThat(BundledCalendars.years()).allSatisfy(year -> {
            long weekdaysOff = year.holidays().keySet().stream().filter(date -> !CalendarYear.isWeekend(date)).count();
            int statutory = year.year() <= 2024 ? 11 : 13;
            assertThat(weekdaysOff - year.makeUpWorkdays().size()).as("%d", year.year()).isEqualTo(statutory);
        });
    }

    @Test
    void everyYearHasAllSevenFestivals() {
        Set<String> festivals = Set.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        assertThat(BundledCalendars.years()).allSatisfy(year ->
                assertThat(String.join("、", year.holidays().values())).as("%d", year.year())
                        .contains(festivals));
    }

    @Test
    void theCalendarAnswersWithTheFestivalOfAHolidayOrMakeUpDay() {
        WorkCalendar calendar = BundledCalendars.calendar();

        assertThat(calendar.festivalOf(LocalDate.of(2025, 10, 6))).contains("国庆节、中秋节");
        assertThat(calendar.festivalOf(LocalDate.of(2026, 2, 28))).contains("春节");
        assertThat(calendar.festivalOf(LocalDate.of(2026, 3, 2))).isEmpty();
    }
}

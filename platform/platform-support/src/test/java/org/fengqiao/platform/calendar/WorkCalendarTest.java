package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private final WorkCalendar calendar = BundledCalendars.calendar();

    @Test
    void aMakeUpSundayIsAWorkingDayAndAWeekdayOfTheSpringFestivalIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sun 1/26 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).as("Mon 2/3 春节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 25))).as("Sat 1/25 ordinary weekend").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 5))).as("Wed 2/5 first day back").isTrue();
    }

    @Test
    void threeWorkingDaysFromFriday24January2025EndOnWednesday5FebruaryAcrossTheSpringFestival() {
        // Fri 1/24 does not count. Sat 1/25 weekend; Sun 1/26 make-up day = 1; Mon 1/27 = 2;
        // Tue 1/28 .. Tue 2/4 春节 (8 days off); Wed 2/5 = 3. (The make-up Saturday 2/8 comes later.)
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void sixWorkingDaysFromFriday24January2025CountTheMakeUpSaturday8February() {
        // 1/26 = 1, 1/27 = 2, 2/5 = 3, 2/6 = 4, 2/7 = 5, Sat 2/8 make-up day = 6.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 6)).isEqualTo(LocalDate.of(2025, 2, 8));
    }

    @Test
    void thirteenWorkingDaysFromFriday26September2025EndOnTuesday21OctoberAcrossNationalDay() {
        // Sat 9/27 weekend; Sun 9/28 make-up = 1; Mon 9/29 = 2; Tue 9/30 = 3; Wed 10/1 .. Wed 10/8 国庆节、中秋节;
        // Thu 10/9 = 4; Fri 10/10 = 5; Sat 10/11 make-up = 6; Sun 10/12 weekend; Mon 10/13 .. Fri 10/17 = 7..11;
        // weekend; Mon 10/20 = 12; Tue 10/21 = 13.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 13)).isEqualTo(LocalDate.of(2025, 10, 21));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEndAndInvertsAddWorkingDays() {
        LocalDate start = LocalDate.of(2025, 9, 26);

        assertThat(calendar.workingDaysBetween(start, LocalDate.of(2025, 10, 21))).isEqualTo(13);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 21), start)).isEqualTo(-13);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))).isZero();
        assertThat(calendar.addWorkingDays(start, 0)).isEqualTo(start);
    }

    @Test
    void calendarDaysIgnoreHolidays() {
        assertThat(calendar.addCalendarDays(LocalDate.of(2025, 8, 4), 60)).isEqualTo(LocalDate.of(2025, 10, 3));
    }

    @Test
    void theWorkingDayCountRunsAcrossTheYearEnd() {
        // 2026-12-31 Thu; Fri 1/1 .. Sun 1/3 元旦 2027 (provisional data); Mon 1/4 = 1; Tue 1/5 = 2.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aYearWithoutDataIsAnErrorNamingTheYearNotAGuess() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 3, 1)))
                .isInstanceOf(CalendarYearMissingException.class)
                .hasMessageContaining("2028")
                .hasMessageContaining("cn-2028.csv");
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2027, 12, 27), 10))
                .isInstanceOfSatisfying(CalendarYearMissingException.class,
                        missing -> assertThat(missing.year()).isEqualTo(2028));
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 29)))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void datesAreCivilDatesInShanghai() {
        Instant lateUtcEvening = Instant.parse("2025-01-27T16:30:00Z");

        assertThat(WorkCalendar.dateOf(lateUtcEvening)).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(WorkCalendar.endOf(LocalDate.of(2025, 2, 5))).isEqualTo(Instant.parse("2025-02-05T15:59:59.999Z"));
    }
}

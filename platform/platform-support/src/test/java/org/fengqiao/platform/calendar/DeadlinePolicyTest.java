package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private final DeadlinePolicy policy = DeadlinePolicy.standard(BundledCalendars.calendar());

    /** An instant given as Beijing time. */
    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.ZONE).toInstant();
    }

    @Test
    void countingStartsTheDayAfterAcceptanceAndEndsAtTheEndOfTheLastDayInBeijing() {
        // Accepted Mon 3/3: day 1 is 3/4, day 15 is Tue 3/18.
        assertThat(policy.dueAt(beijing("2025-03-03T10:00"), TimeLimit.calendarDays(15)))
                .isEqualTo(Instant.parse("2025-03-18T15:59:59.999Z"));
        // 00:30 in Beijing is still the previous day in UTC; the Beijing date is what counts.
        assertThat(policy.dueAt(Instant.parse("2025-03-02T16:30:00Z"), TimeLimit.calendarDays(15)))
                .isEqualTo(beijing("2025-03-18T23:59:59.999"));
    }

    @Test
    void aSixtyDayReplyDeadlineLandingOnNationalDayIsExtendedToThursday9OctoberTheFirstWorkingDayAfter() {
        // Accepted Mon 8/4 + 60 days = Fri 10/3, inside 国庆节、中秋节 10/1-10/8 → 顺延 to Thu 10/9.
        Instant accepted = beijing("2025-08-04T10:00");

        assertThat(policy.dueAt(accepted, TimeLimit.calendarDays(60))).isEqualTo(beijing("2025-10-09T23:59:59.999"));
        assertThat(new DeadlinePolicy(BundledCalendars.calendar(), false).dueAt(accepted, TimeLimit.calendarDays(60)))
                .as("extension switched off").isEqualTo(beijing("2025-10-03T23:59:59.999"));
    }

    @Test
    void aCalendarDeadlineOnAnOrdinarySundayMovesToMondayButOnAMakeUpSaturdayItStays() {
        // Registered Sat 3/1 + 15 = Sun 3/16 → Mon 3/17.
        assertThat(policy.dueAt(beijing("2025-03-01T11:00"), TimeLimit.calendarDays(15)))
                .isEqualTo(beijing("2025-03-17T23:59:59.999"));
        // Accepted Tue 8/12 + 60 = Sat 10/11, a make-up working day (调休上班): no extension.
        assertThat(policy.dueAt(beijing("2025-08-12T10:00"), TimeLimit.calendarDays(60)))
                .isEqualTo(beijing("2025-10-11T23:59:59.999"));
    }

    @Test
    void aConsultationOrderReceivedBeforeTheSpringFestivalIsDueOnWednesday5February() {
        // 3 working days from Fri 1/24: Sun 1/26 (调休上班), Mon 1/27, then 春节 1/28-2/4, Wed 2/5.
        assertThat(policy.dueAt(beijing("2025-01-24T14:00"), TimeLimit.workingDays(3)))
                .isEqualTo(beijing("2025-02-05T23:59:59.999"));
    }

    @Test
    void aComplaintOrderAcrossNationalDayIsDueOnTuesday21October() {
        assertThat(policy.dueAt(beijing("2025-09-26T16:20"), TimeLimit.workingDays(13)))
                .isEqualTo(beijing("2025-10-21T23:59:59.999"));
    }

    @Test
    void anEmergencyIsDueTheSameDayEvenOnAHoliday() {
        assertThat(policy.dueAt(beijing("2025-10-01T09:00"), TimeLimit.sameDay()))
                .isEqualTo(beijing("2025-10-01T23:59:59.999"));
    }

    @Test
    void hoursAreElapsedTimeRegardlessOfHolidays() {
        assertThat(policy.dueAt(beijing("2025-10-01T09:00"), TimeLimit.hours(24)))
                .isEqualTo(beijing("2025-10-02T09:00"));
    }

    @Test
    void minutesAreElapsedTimeAndAClockStopPushesThemByItsLength() {
        assertThat(policy.dueAt(beijing("2025-10-01T23:50"), TimeLimit.minutes(30)))
                .isEqualTo(beijing("2025-10-02T00:20"));
        List<ClockStop> stops = List.of(new ClockStop(beijing("2025-10-01T23:55"), beijing("2025-10-02T00:05")));
        assertThat(policy.dueAt(beijing("2025-10-01T23:50"), TimeLimit.minutes(30), stops))
                .contains(beijing("2025-10-02T00:30"));
    }

    @Test
    void aTenDayClockStopPushesACalendarDeadlineByTenDays() {
        // Accepted Mon 3/10 + 60 = Fri 5/9. Stopped 3/20, resumed 3/30: 10 days → Mon 5/19.
        List<ClockStop> stops = List.of(new ClockStop(beijing("2025-03-20T09:00"), beijing("2025-03-30T16:00")));

        assertThat(policy.dueAt(beijing("2025-03-10T09:00"), TimeLimit.calendarDays(60), stops))
                .contains(beijing("2025-05-19T23:59:59.999"));
    }

    @Test
    void aPushedCalendarDeadlineIsStillExtendedPastTheHolidayItLandsOn() {
        // 5/9 + 22 days = Sat 5/31, 端午节 5/31-6/2 → Tue 6/3.
        List<ClockStop> stops = List.of(new ClockStop(beijing("2025-03-20T09:00"), beijing("2025-04-11T09:00")));

        assertThat(policy.dueAt(beijing("2025-03-10T09:00"), TimeLimit.calendarDays(60), stops))
                .contains(beijing("2025-06-03T23:59:59.999"));
    }

    @Test
    void aClockStopPushesAWorkingDayDeadlineByTheWorkingDaysItTook() {
        Instant received = beijing("2025-03-03T09:00");
        // Without a stop: 13 working days from Mon 3/3 → Thu 3/20.
        assertThat(policy.dueAt(received, TimeLimit.workingDays(13))).isEqualTo(beijing("2025-03-20T23:59:59.999"));
        // Stopped Fri 3/7, resumed Tue 3/11: it took 3/8-3/11, of which Mon 3/10 and Tue 3/11 are working days
        // → two more working days: Fri 3/21, Mon 3/24.
        ClockStop overWeekend = new ClockStop(beijing("2025-03-07T10:00"), beijing("2025-03-11T10:00"));
        assertThat(policy.dueAt(received, TimeLimit.workingDays(13), List.of(overWeekend)))
                .contains(beijing("2025-03-24T23:59:59.999"));
        // A stop within one day takes nothing.
        ClockStop withinADay = new ClockStop(beijing("2025-03-12T09:00"), beijing("2025-03-12T17:00"));
        assertThat(policy.dueAt(received, TimeLimit.workingDays(13), List.of(withinADay)))
                .contains(beijing("2025-03-20T23:59:59.999"));
    }

    @Test
    void aClockStopPushesAnHourDeadlineByItsExactDuration() {
        ClockStop stop = new ClockStop(beijing("2025-03-03T12:00"), beijing("2025-03-03T14:30"));

        assertThat(policy.dueAt(beijing("2025-03-03T10:00"), TimeLimit.hours(24), List.of(stop)))
                .contains(beijing("2025-03-04T12:30"));
    }

    @Test
    void thereIsNoDeadlineWhileTheClockIsStopped() {
        List<ClockStop> stops = List.of(
                new ClockStop(beijing("2025-03-05T09:00"), beijing("2025-03-06T09:00")),
                ClockStop.since(beijing("2025-03-10T09:00")));

        assertThat(policy.dueAt(beijing("2025-03-03T09:00"), TimeLimit.calendarDays(60), stops)).isEmpty();
    }

    @Test
    void stoppingTheClockAfterTheDeadlineHasPassedDoesNotRescueAnOverdueCase() {
        Instant accepted = beijing("2025-03-03T10:00");
        Instant due = beijing("2025-03-18T23:59:59.999");

        assertThat(policy.dueAt(accepted, TimeLimit.calendarDays(15),
                List.of(new ClockStop(beijing("2025-03-20T09:00"), beijing("2025-03-25T09:00"))))).contains(due);
        assertThat(policy.dueAt(accepted, TimeLimit.calendarDays(15),
                List.of(ClockStop.since(beijing("2025-03-20T09:00"))))).contains(due);
    }

    @Test
    void overlappingClockStopsAreRejected() {
        List<ClockStop> overlapping = List.of(
                new ClockStop(beijing("2025-03-05T09:00"), beijing("2025-03-08T09:00")),
                new ClockStop(beijing("2025-03-07T09:00"), beijing("2025-03-09T09:00")));

        assertThatThrownBy(() -> policy.dueAt(beijing("2025-03-03T09:00"), TimeLimit.calendarDays(60), overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void dueSoonThresholdsFireThatLongBeforeTheDeadlineEarliestFirstAndNotBeforeTheStart() {
        Instant received = beijing("2025-09-26T16:20");
        Instant due = policy.dueAt(received, TimeLimit.workingDays(13));

        assertThat(policy.dueSoonAlerts(received, due, List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(40))))
                .containsExactly(
                        new DueSoonAlert(Duration.ofDays(3), beijing("2025-10-18T23:59:59.999")),
                        new DueSoonAlert(Duration.ofDays(1), beijing("2025-10-20T23:59:59.999")));
    }

    @Test
    void aDeadlineReachingIntoAYearWithoutDataCannotBeComputed() {
        // 11/15 + 60 = 2028-01-14: whether that is a working day is unknown, so the extension cannot be decided.
        Instant accepted = beijing("2027-11-15T10:00");

        assertThatThrownBy(() -> policy.dueAt(accepted, TimeLimit.calendarDays(60)))
                .isInstanceOf(CalendarYearMissingException.class)
                .hasMessageContaining("2028");
        assertThatThrownBy(() -> policy.dueAt(accepted, TimeLimit.workingDays(45)))
                .isInstanceOf(CalendarYearMissingException.class);
    }
}

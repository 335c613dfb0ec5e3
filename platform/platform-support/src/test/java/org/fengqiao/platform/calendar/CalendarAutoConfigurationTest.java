package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.fengqiao.platform.calendar.CalendarYear.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class));

    @Test
    void exposesTheBundledCalendarAndAPolicyThatExtendsCalendarDeadlines() {
        runner.run(context -> {
            assertThat(context.getBean(WorkCalendar.class).coverage()).containsKeys(2024, 2025, 2026, 2027);
            assertThat(context.getBean(DeadlinePolicy.class).dueAt(
                    LocalDate.of(2025, 8, 4).atTime(10, 0).atZone(WorkCalendar.ZONE).toInstant(),
                    TimeLimit.calendarDays(60)))
                    .isEqualTo(WorkCalendar.endOf(LocalDate.of(2025, 10, 9)));
        });
    }

    @Test
    void filesInTheConfiguredLocationAddYearsAndReplaceBundledOnesWithoutARebuild(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("cn-2028.csv"), """
                # status: official
                2028-01-25,2028-02-01,放假,春节
                2028-01-22,2028-01-22,上班,春节
                """);
        Files.writeString(directory.resolve("cn-2027.csv"), """
                # status: official
                2027-02-05,2027-02-11,放假,春节
                """);

        runner.withPropertyValues("fengqiao.calendar.location=" + directory.toUri()).run(context -> {
            WorkCalendar calendar = context.getBean(WorkCalendar.class);
            assertThat(calendar.coverage()).containsEntry(2027, Status.OFFICIAL).containsEntry(2028, Status.OFFICIAL)
                    .containsEntry(2026, Status.OFFICIAL);
            assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 22))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).as("replaced 2027 ends the holiday earlier")
                    .isTrue();
        });
    }

    @Test
    void theHolidayExtensionCanBeSwitchedOff() {
        runner.withPropertyValues("fengqiao.calendar.extend-calendar-day-deadlines=false").run(context ->
                assertThat(context.getBean(DeadlinePolicy.class).dueAt(
                        LocalDate.of(2025, 8, 4).atTime(10, 0).atZone(WorkCalendar.ZONE).toInstant(),
                        TimeLimit.calendarDays(60)))
                        .isEqualTo(WorkCalendar.endOf(LocalDate.of(2025, 10, 3))));
    }

    @Test
    void aMissingLocationOrABrokenFileStopsStartUpWithTheReason(@TempDir Path directory) throws IOException {
        runner.withPropertyValues("fengqiao.calendar.location=" + directory.resolve("nowhere").toUri()).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("fengqiao.calendar.location 目录不存在"));

        Files.writeString(directory.resolve("cn-2028.csv"), "# status: official\n2028-01-24,,上班,春节\n");
        runner.withPropertyValues("fengqiao.calendar.location=" + directory.toUri()).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("cn-2028.csv: 2028-01-24 是周一，调休上班日只能是周六或周日"));
    }
}

package org.fengqiao.survey.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void monthsQuartersAndYearsAreCalendarRangesInShanghai() {
        Period november = Period.parse("2026-11");
        assertThat(november.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.last()).isEqualTo(LocalDate.of(2026, 11, 30));
        // 1 November 00:00 in Shanghai is 31 October 16:00 UTC.
        assertThat(november.contains(Instant.parse("2026-10-31T16:00:00Z"))).isTrue();
        assertThat(november.contains(Instant.parse("2026-10-31T15:59:59.999Z"))).isFalse();
        assertThat(november.contains(Instant.parse("2026-11-30T15:59:59.999Z"))).isTrue();
        assertThat(november.contains(Instant.parse("2026-11-30T16:00:00Z"))).isFalse();

        Period quarter = Period.parse("2026-Q4");
        assertThat(quarter.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.parse("2026-Q1").last()).isEqualTo(LocalDate.of(2026, 3, 31));

        Period year = Period.parse("2026");
        assertThat(year.first()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year.yearBefore().first()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void anythingElseIsInvalidInput() {
        for (String bad : new String[] {"", "2026-13", "2026-00", "2026-Q0", "2026-Q5", "26-11", "2026/11", "1999"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(InvalidKpiQuery.class);
        }
    }
}

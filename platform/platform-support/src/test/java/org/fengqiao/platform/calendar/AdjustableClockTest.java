package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private final AdjustableClock clock =
            new AdjustableClock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC));

    @Test
    void movesForwardByWhatItIsToldAndKeepsItAcrossZones() {
        clock.advance(Duration.ofDays(13));
        clock.advance(Duration.ofHours(2));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-05T04:00:00Z"));
        assertThat(clock.withZone(WorkCalendar.ZONE).instant()).isEqualTo(Instant.parse("2026-12-05T04:00:00Z"));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(13).plusHours(2));
    }

    @Test
    void neverRunsBackwards() {
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-22T02:00:00Z"));
    }
}

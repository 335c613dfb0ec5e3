package org.fengqiao.grid.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.grid.v1.GridPatrolOverdue;
import org.junit.jupiter.api.Test;

class PatrolWatchTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private final EventJson json = EventJson.standard();

    @Test
    void anOverdueGridIsAnnouncedAsInTheGoldenSampleAndOnlyOnce() {
        GridPatrolOverdue sample = GoldenSamples.read(json, GridPatrolOverdue.class);
        PatrolWatch watch = PatrolWatch.of(sample.gridCode(), sample.gridName(), Instant.parse("2026-11-01T00:00:00Z"));
        watch.patrolled(sample.lastPatrolAt());

        assertThat(watch.raiseIfOverdue(WEEK, sample.overdueSince().minusSeconds(1))).isFalse();
        assertThat(watch.raiseIfOverdue(WEEK, sample.detectedAt())).isTrue();
        assertThat(watch.raiseIfOverdue(WEEK, sample.detectedAt().plus(Duration.ofDays(3)))).isFalse();

        assertThat(watch.outbox()).singleElement().satisfies(event -> assertThat(json.parse(event.payload()))
                .isEqualTo(json.parse(GoldenSamples.json(json.catalog().typeIdOf(GridPatrolOverdue.class)))));
    }

    @Test
    void aNewPatrolEndsTheLapseSoTheNextOneIsRaisedAgain() {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        PatrolWatch watch = PatrolWatch.of("33068110120101", "枫源村第1网格", start);
        assertThat(watch.raiseIfOverdue(WEEK, start.plus(Duration.ofDays(8)))).isTrue();

        watch.patrolled(start.plus(Duration.ofDays(9)));

        assertThat(watch.overdueRaisedAt()).isNull();
        assertThat(watch.raiseIfOverdue(WEEK, start.plus(Duration.ofDays(15)))).isFalse();
        assertThat(watch.raiseIfOverdue(WEEK, start.plus(Duration.ofDays(16)))).isTrue();
        assertThat(watch.outbox()).hasSize(2);
    }
}

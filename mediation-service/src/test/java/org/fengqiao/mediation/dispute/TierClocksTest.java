package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.security.Jurisdiction;
import org.junit.jupiter.api.Test;

class TierClocksTest {

    private final TierClocks clocks = TestTierClocks.defaults();

    @Test
    void aVillagerGroupThatHasNotSettledWithinAnHourPassesItToTheVillageWhichHasOneDay() {
        Instant opened = Instant.parse("2026-11-21T02:00:00Z");
        Dispute dispute = Dispute.open("g1", details("3组"), risk(), clocks, opened);
        assertThat(dispute.tier()).isEqualTo(Tier.villager_group);
        assertThat(dispute.handlingUnit()).isEqualTo("330681101201");
        assertThat(dispute.clock().orElseThrow().dueAt()).isEqualTo(opened.plus(Duration.ofHours(1)));

        assertThat(dispute.checkDeadlines(clocks, opened.plus(Duration.ofMinutes(59)))).isFalse();
        Instant anHourLater = opened.plus(Duration.ofHours(1));
        assertThat(dispute.checkDeadlines(clocks, anHourLater)).isTrue();

        assertThat(dispute.tier()).isEqualTo(Tier.village);
        assertThat(dispute.escalations()).singleElement().extracting(Escalation::reason)
                .isEqualTo("村民小组调解超过时限（受理后 1 小时内未开始调解），自动上报村级");
        // 1 天之内上门调处: a day of 24 hours, weekend or not.
        assertThat(dispute.clock().orElseThrow().dueAt()).isEqualTo(anHourLater.plus(Duration.ofDays(1)));
    }

    @Test
    void aFailedGroupMediationReachesTheVillageAtOnce() {
        Instant opened = Instant.parse("2026-11-21T02:00:00Z");
        Dispute dispute = Dispute.open("g2", details("5组"), risk(), clocks, opened);

        dispute.fail("双方互不相让", clocks, opened.plus(Duration.ofMinutes(20)));

        assertThat(dispute.tier()).isEqualTo(Tier.village);
        assertThat(dispute.escalations()).singleElement().extracting(Escalation::reason)
                .isEqualTo("村民小组调解不成：双方互不相让");
        assertThat(Dispute.open("g3", details(null), risk(), clocks, opened).tier()).isEqualTo(Tier.village);
    }

    @Test
    void aTownshipClockInWorkingDaysSkipsTheWeekend() {
        // Friday 20 November 2026, 10:00 Shanghai: 3 working days are Monday to Wednesday.
        Instant friday = ZonedDateTime.parse("2026-11-20T10:00:00+08:00[Asia/Shanghai]").toInstant();

        TierClock clock = clocks.start(Tier.township, ClockPhase.act, friday);

        assertThat(clock.dueAt()).isEqualTo(ZonedDateTime.parse("2026-11-25T23:59:59.999+08:00[Asia/Shanghai]")
                .toInstant());
        assertThat(clock.limit()).isEqualTo("3 个工作日");
    }

    @Test
    void aWorkingDayClockSkipsTheNationalDayHolidayAndCountsItsMakeUpSaturday() {
        // Wednesday 30 September 2026: 1-7 October are holidays, Saturday 10 October is a make-up working day.
        Instant beforeHoliday = ZonedDateTime.parse("2026-09-30T09:00:00+08:00[Asia/Shanghai]").toInstant();
        TierClocks threeDays = TestTierClocks.of(new ClockPolicy("1h", "1h", "1d", "15d", "3wd", "30cd", "5wd", "30cd",
                Duration.ofMinutes(1)));

        TierClock clock = threeDays.start(Tier.township, ClockPhase.act, beforeHoliday);

        // 8 October (Thursday), 9 (Friday), 10 (make-up Saturday).
        assertThat(clock.dueAt()).isEqualTo(ZonedDateTime.parse("2026-10-10T23:59:59.999+08:00[Asia/Shanghai]")
                .toInstant());
    }

    @Test
    void limitsAreReadFromTheirTextAndNonsenseIsRefused() {
        assertThat(TierLimit.parse("1h").limit()).isEqualTo(TimeLimit.hours(1));
        assertThat(TierLimit.parse("30m")).isEqualTo(new TierLimit(TimeLimit.minutes(30), "30 分钟"));
        assertThat(TierLimit.parse("1d")).isEqualTo(new TierLimit(TimeLimit.hours(24), "1 天"));
        assertThat(TierLimit.parse("3wd").limit()).isEqualTo(TimeLimit.workingDays(3));
        assertThat(TierLimit.parse("30cd").limit()).isEqualTo(TimeLimit.calendarDays(30));
        for (String nonsense : List.of("", "0h", "0m", "3", "1w", "-1d", "1.5d", "20s")) {
            assertThatThrownBy(() -> TierLimit.parse(nonsense)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static NewDispute details(String villagerGroup) {
        return new NewDispute(DisputeSource.walk_in, "walk_in:" + villagerGroup, DisputeType.neighbour, "排水沟纠纷",
                null, List.of(new Party("陈某", PartyRole.applicant, null), new Party("王某", PartyRole.respondent, null)),
                2, null, "枫源村", Jurisdiction.of("330681101201"), "mediator-fengyuan", villagerGroup);
    }

    private static RiskAssessment risk() {
        return RiskAssessment.derive(new RiskSignals(2, null, false, false, false), RiskPolicy.defaults());
    }
}

package org.fengqiao.mediation.dispute;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fengqiao.mediation.clocks.*}: how long each tier has to act (start mediating) and to reach an agreement,
 * each written as {@link TierLimit} text: {@code 1h} (hours), {@code 1d} (days of 24 hours), {@code 3wd} (working
 * days of the work calendar, due at the end of the last one), {@code 30cd} (calendar days, extended past a rest day).
 *
 * <p>Seed defaults (D5): a villager-group branch (村民小组) that has not settled a dispute reports it to the village
 * within 1 hour, so the group tier has 1 hour to act and 1 hour to settle before the dispute passes to the village
 * by itself (a recorded failure passes it at once); the village sends a team to the home within 1 day. The rest is
 * practice, set per county: the township and the county count in working days.
 */
@Validated
@ConfigurationProperties("fengqiao.mediation.clocks")
record ClockPolicy(
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("1h") String villagerGroupActWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("1h") String villagerGroupMediateWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("1d") String villageActWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("15d") String villageMediateWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("3wd") String townshipActWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("30cd") String townshipMediateWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("5wd") String countyActWithin,
        @NotNull @Pattern(regexp = TierLimit.FORMAT) @DefaultValue("30cd") String countyMediateWithin,
        @NotNull @DefaultValue("1m") Duration scanInterval) {

    static ClockPolicy defaults() {
        return new ClockPolicy("1h", "1h", "1d", "15d", "3wd", "30cd", "5wd", "30cd", Duration.ofMinutes(1));
    }

    TierLimit limit(Tier tier, ClockPhase phase) {
        boolean act = phase == ClockPhase.act;
        return TierLimit.parse(switch (tier) {
            case villager_group -> act ? villagerGroupActWithin : villagerGroupMediateWithin;
            case village -> act ? villageActWithin : villageMediateWithin;
            case township -> act ? townshipActWithin : townshipMediateWithin;
            case county -> act ? countyActWithin : countyMediateWithin;
        });
    }
}

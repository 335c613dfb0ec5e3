package org.fengqiao.mediation.dispute;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fengqiao.mediation.clocks.*}: how long each tier has to act and to mediate (calendar time). The village
 * default follows the seeds (村党总支 1 天之内上门调处); township and county are practice, set by the county.
 */
@Validated
@ConfigurationProperties("fengqiao.mediation.clocks")
record ClockPolicy(
        @NotNull @DefaultValue("1d") Duration villageActWithin,
        @NotNull @DefaultValue("15d") Duration villageMediateWithin,
        @NotNull @DefaultValue("3d") Duration townshipActWithin,
        @NotNull @DefaultValue("30d") Duration townshipMediateWithin,
        @NotNull @DefaultValue("5d") Duration countyActWithin,
        @NotNull @DefaultValue("30d") Duration countyMediateWithin,
        @NotNull @DefaultValue("1m") Duration scanInterval) {

    static ClockPolicy defaults() {
        return new ClockPolicy(Duration.ofDays(1), Duration.ofDays(15), Duration.ofDays(3), Duration.ofDays(30),
                Duration.ofDays(5), Duration.ofDays(30), Duration.ofMinutes(1));
    }

    Duration limit(Tier tier, ClockPhase phase) {
        return switch (tier) {
            case village -> phase == ClockPhase.act ? villageActWithin : villageMediateWithin;
            case township -> phase == ClockPhase.act ? townshipActWithin : townshipMediateWithin;
            case county -> phase == ClockPhase.act ? countyActWithin : countyMediateWithin;
        };
    }

    static String describe(Duration limit) {
        if (limit.toDays() > 0 && limit.equals(Duration.ofDays(limit.toDays()))) {
            return limit.toDays() + " 天";
        }
        if (limit.toHours() > 0 && limit.equals(Duration.ofHours(limit.toHours()))) {
            return limit.toHours() + " 小时";
        }
        return limit.toMinutes() + " 分钟";
    }
}

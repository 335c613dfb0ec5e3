package org.fengqiao.mediation.dispute;

import java.time.Duration;
import java.time.Instant;

/** The running clock of the tier now handling a dispute. */
record TierClock(Tier tier, ClockPhase phase, Instant startedAt, Instant dueAt) {

    static TierClock start(Tier tier, ClockPhase phase, Instant now, ClockPolicy policy) {
        return new TierClock(tier, phase, now, now.plus(policy.limit(tier, phase)));
    }

    boolean expiredAt(Instant now) {
        return !dueAt.isAfter(now);
    }

    /** Why its expiry escalates, for people. */
    String overdueReason() {
        Duration limit = Duration.between(startedAt, dueAt);
        String what = phase == ClockPhase.act ? "受理后 %s内未开始调解" : "开始调解后 %s内未达成协议";
        return "%s调解超过时限（%s），自动上报%s".formatted(tier.label(), what.formatted(ClockPolicy.describe(limit)),
                tier.next().map(Tier::label).orElse(""));
    }
}

package org.fengqiao.mediation.dispute;

import java.time.Instant;

/**
 * The running clock of the tier now handling a dispute.
 *
 * @param limit the limit it was started with, for people (e.g. {@code 1 天}, {@code 3 个工作日})
 */
record TierClock(Tier tier, ClockPhase phase, Instant startedAt, Instant dueAt, String limit) {

    boolean expiredAt(Instant now) {
        return !dueAt.isAfter(now);
    }

    /** Why its expiry escalates, for people. */
    String overdueReason() {
        String what = phase == ClockPhase.act ? "受理后 %s内未开始调解" : "开始调解后 %s内未达成协议";
        return "%s调解超过时限（%s），自动上报%s".formatted(tier.label(), what.formatted(limit == null
                ? java.time.Duration.between(startedAt, dueAt).toHours() + " 小时" : limit),
                tier.next().map(Tier::label).orElse(""));
    }
}

package org.fengqiao.mediation.dispute;

import java.time.Instant;

import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.springframework.stereotype.Component;

/** Starts a tier's clock: the configured limit ({@link ClockPolicy}) counted by the platform's work calendar. */
@Component
class TierClocks {

    private final ClockPolicy policy;
    private final DeadlinePolicy deadlines;

    TierClocks(ClockPolicy policy, DeadlinePolicy deadlines) {
        this.policy = policy;
        this.deadlines = deadlines;
    }

    TierClock start(Tier tier, ClockPhase phase, Instant now) {
        TierLimit limit = policy.limit(tier, phase);
        return new TierClock(tier, phase, now, deadlines.dueAt(now, limit.limit()), limit.text());
    }
}

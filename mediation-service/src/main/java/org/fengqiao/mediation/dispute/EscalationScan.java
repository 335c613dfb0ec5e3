package org.fengqiao.mediation.dispute;

import java.time.Clock;
import java.time.Duration;

import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Escalates disputes whose tier clock ran out and sends due agreement reminders, every {@code fengqiao.mediation.clocks.scan-interval}, reading only
 * the fired entries of the compact clock collection. Time is the injected {@link Clock}'s. Exactly once per clock:
 * the escalation starts a fresh clock at the next tier, and a concurrent second scan loses on the dispute's version.
 */
@Component
class EscalationScan implements PeriodicSweep {

    private static final Logger log = LoggerFactory.getLogger(EscalationScan.class);
    private static final int BATCH = 500;

    private final DisputeClocks clocks;
    private final Disputes disputes;
    private final ClockPolicy policy;
    private final Clock clock;

    EscalationScan(DisputeClocks clocks, Disputes disputes, ClockPolicy policy, Clock clock) {
        this.clocks = clocks;
        this.disputes = disputes;
        this.policy = policy;
        this.clock = clock;
    }

    /** One pass over the fired clocks; returns how many disputes changed. */
    Mono<Long> scanOnce() {
        return clocks.dueBy(clock.instant(), BATCH)
                .concatMap(id -> disputes.checkDeadlines(id)
                        .onErrorResume(error -> {
                            log.warn("clock of dispute {} not checked this time: {}", id, error.toString());
                            return Mono.just(false);
                        }))
                .filter(Boolean::booleanValue)
                .count();
    }

    @Override
    public String name() {
        return "escalation scan";
    }

    @Override
    public Duration interval() {
        return policy.scanInterval();
    }

    @Override
    public Mono<Long> sweep() {
        return scanOnce().doOnNext(changed -> {
            if (changed > 0) {
                log.info("escalation scan: {} dispute(s) escalated or marked overdue", changed);
            }
        });
    }
}

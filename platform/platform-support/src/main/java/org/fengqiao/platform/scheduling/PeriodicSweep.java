package org.fengqiao.platform.scheduling;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * A round of background work that {@link PeriodicSweeps} runs every {@link #interval()} while the application runs:
 * declare it as a bean, nothing else. A round is reactive; it never overlaps the previous one, and a failed round
 * is logged with {@link #name()} while the next one tries again.
 */
public interface PeriodicSweep {

    /** What the logs call this sweep, e.g. {@code "work-order deadline scan"}. */
    String name();

    /** The time between rounds, and before the first one. */
    Duration interval();

    /** One round; it reports what it did itself (a count, a log line). */
    Mono<?> sweep();

    /** False keeps this sweep from starting at all (a switched-off job). */
    default boolean enabled() {
        return true;
    }

    /** Runs once before the first round waits its interval; a failure is logged and the rounds start anyway. */
    default Mono<?> beforeFirstRound() {
        return Mono.empty();
    }
}

package org.fengqiao.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/** Why an attempt failed, as far as the dispatcher cares: retry later, never retry, or wait without counting. */
public final class DeliveryFailure extends RuntimeException {

    /** What the dispatcher does after the failure. */
    public enum Kind {
        /** Counted as an attempt; retried with backoff until {@code retry-for} has passed. */
        RETRY,
        /** The recipient refused the content itself; retrying cannot help, so the delivery is dead at once. */
        REJECTED,
        /** Not attempted (e.g. the endpoint's circuit breaker is open): try again after {@code retryAfter}. */
        DEFERRED,
        /**
         * Held back by a policy (e.g. the recipient's SMS rate limit): not attempted, and the whole delivery moves
         * to {@code until}, its give-up time by as much, so waiting never makes it dead.
         */
        POSTPONED
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final Instant until;

    private DeliveryFailure(Kind kind, String message, Duration retryAfter, Instant until) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.until = until;
    }

    public static DeliveryFailure retry(String message) {
        return new DeliveryFailure(Kind.RETRY, message, null, null);
    }

    public static DeliveryFailure rejected(String message) {
        return new DeliveryFailure(Kind.REJECTED, message, null, null);
    }

    public static DeliveryFailure deferred(String message, Duration retryAfter) {
        return new DeliveryFailure(Kind.DEFERRED, message, retryAfter, null);
    }

    public static DeliveryFailure postponed(String message, Instant until) {
        return new DeliveryFailure(Kind.POSTPONED, message, null, until);
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** When a postponed delivery may go. */
    public Instant until() {
        return until;
    }
}

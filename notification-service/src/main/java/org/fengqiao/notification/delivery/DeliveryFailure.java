package org.fengqiao.notification.delivery;

import java.time.Duration;

/** Why an attempt failed, as far as the dispatcher cares: retry later, never retry, or wait without counting. */
public final class DeliveryFailure extends RuntimeException {

    /** What the dispatcher does after the failure. */
    public enum Kind {
        /** Counted as an attempt; retried with backoff until {@code retry-for} has passed. */
        RETRY,
        /** The recipient refused the content itself; retrying cannot help, so the delivery is dead at once. */
        REJECTED,
        /** Not attempted (e.g. the endpoint's circuit breaker is open): try again after {@code retryAfter}. */
        DEFERRED
    }

    private final Kind kind;
    private final Duration retryAfter;

    private DeliveryFailure(Kind kind, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure retry(String message) {
        return new DeliveryFailure(Kind.RETRY, message, null);
    }

    public static DeliveryFailure rejected(String message) {
        return new DeliveryFailure(Kind.REJECTED, message, null);
    }

    public static DeliveryFailure deferred(String message, Duration retryAfter) {
        return new DeliveryFailure(Kind.DEFERRED, message, retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

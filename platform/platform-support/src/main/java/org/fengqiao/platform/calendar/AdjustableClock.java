package org.fengqiao.platform.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved forward by an offset that only grows: for drills and end-to-end runs that must see a
 * deadline of days pass in seconds. Never the clock of a production deployment (see {@link ClockDrillAutoConfiguration}).
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves the clock forward; time never runs backwards, so a negative or zero step is refused. */
    public Instant advance(Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward: " + step);
        }
        offset.accumulateAndGet(step, Duration::plus);
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), offset);
    }
}

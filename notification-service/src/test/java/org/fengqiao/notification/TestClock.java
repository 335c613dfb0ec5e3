package org.fengqiao.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: runs at real speed from 10:00 Asia/Shanghai (so a test run is in daytime
 * whenever it happens) and can only be moved forward, so no scheduled delivery ever sees time go back.
 */
public final class TestClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final TestClock SHARED = new TestClock();

    private final AtomicReference<Duration> offset;

    private TestClock() {
        Instant real = Instant.now();
        ZonedDateTime tenToday = real.atZone(SHANGHAI).with(LocalTime.of(10, 0));
        ZonedDateTime start = tenToday.toInstant().isAfter(real) ? tenToday : tenToday.plusDays(1);
        offset = new AtomicReference<>(Duration.between(real, start.toInstant()));
    }

    public static TestClock shared() {
        return SHARED;
    }

    /** Moves to the next moment (after now) at this local time in Shanghai. */
    public synchronized Instant advanceTo(LocalTime localTime) {
        Instant now = instant();
        ZonedDateTime candidate = now.atZone(SHANGHAI).with(localTime);
        Instant target = (candidate.toInstant().isAfter(now) ? candidate : candidate.plusDays(1)).toInstant();
        offset.set(offset.get().plus(Duration.between(now, target)));
        return target;
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}

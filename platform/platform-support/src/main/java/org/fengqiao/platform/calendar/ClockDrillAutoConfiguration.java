package org.fengqiao.platform.calendar;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Drill mode, {@code fengqiao.clock.adjustable=true}: the service's {@link Clock} is an {@link AdjustableClock} that
 * an administrator moves forward with {@code POST /internal/clock/advance {"by":"P3D"}} on the service itself (the
 * gateway routes no {@code /internal/**}). Off by default; the end-to-end run switches it on to watch deadlines
 * of days pass.
 */
@AutoConfiguration(before = CalendarAutoConfiguration.class)
@ConditionalOnProperty(name = "fengqiao.clock.adjustable", havingValue = "true")
public class ClockDrillAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockDrillAutoConfiguration.class);

    @Bean
    AdjustableClock clock() {
        log.warn("Drill mode: the clock of this service can be moved forward (fengqiao.clock.adjustable=true)");
        return new AdjustableClock(Clock.systemUTC());
    }

    @Bean
    ClockDrillController clockDrillController(AdjustableClock clock) {
        return new ClockDrillController(clock);
    }
}

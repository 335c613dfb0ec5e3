package org.fengqiao.platform.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.fengqiao.platform.web.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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

    /** How far to move the clock, an ISO-8601 duration such as {@code P3D} or {@code PT12H}. */
    record Advance(String by) {
    }

    @RestController
    static class ClockDrillController {

        private final AdjustableClock clock;

        ClockDrillController(AdjustableClock clock) {
            this.clock = clock;
        }

        @PostMapping("/internal/clock/advance")
        @PreAuthorize("hasRole('ADMIN')")
        Map<String, Object> advance(@RequestBody Advance advance) {
            Duration step = parse(advance.by());
            Instant now = clock.advance(step);
            log.warn("Drill mode: clock moved forward by {} to {}", step, now);
            return Map.of("now", now.toString(), "offset", clock.offset().toString());
        }

        private static Duration parse(String text) {
            try {
                Duration step = Duration.parse(text == null ? "" : text);
                if (step.isNegative() || step.isZero()) {
                    throw new InvalidClockStep("时钟只能向前调整，请给出正的时长，例如 P3D");
                }
                return step;
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidClockStep("by 应为 ISO-8601 时长，例如 P3D 或 PT12H");
            }
        }
    }

    static final class InvalidClockStep extends IllegalArgumentException implements InvalidInput {

        InvalidClockStep(String detail) {
            super(detail);
        }
    }
}

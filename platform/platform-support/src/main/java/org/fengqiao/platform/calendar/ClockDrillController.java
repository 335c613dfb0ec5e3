package org.fengqiao.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.fengqiao.platform.web.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * {@code POST /internal/clock/advance {"by":"P3D"}} in drill mode. A top-level class registered by
 * {@link ClockDrillAutoConfiguration}: nested in it, Spring would also register it as a member class and map the
 * path twice.
 */
@RestController
@Hidden // not part of the API: the gateway routes no /internal/**
class ClockDrillController {

    private static final Logger log = LoggerFactory.getLogger(ClockDrillController.class);

    private final AdjustableClock clock;

    ClockDrillController(AdjustableClock clock) {
        this.clock = clock;
    }

    @PostMapping("/internal/clock/advance")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<Map<String, Object>> advance(@RequestBody Advance advance) {
        return Mono.fromSupplier(() -> {
            Duration step = parse(advance.by());
            Instant now = clock.advance(step);
            log.warn("Drill mode: clock moved forward by {} to {}", step, now);
            return Map.of("now", now.toString(), "offset", clock.offset().toString());
        });
    }

    private static Duration parse(String text) {
        try {
            Duration step = Duration.parse(text == null ? "" : text);
            if (step.isNegative() || step.isZero()) {
                throw new InvalidClockStep("时钟只能向前调整，请给出正的时长，例如 P3D");
            }
            return step;
        } catch (DateTimeParseException e) {
            throw new InvalidClockStep("by 应为 ISO-8601 时长，例如 P3D 或 PT12H");
        }
    }

    /** How far to move the clock, an ISO-8601 duration such as {@code P3D} or {@code PT12H}. */
    record Advance(String by) {
    }

    static final class InvalidClockStep extends IllegalArgumentException implements InvalidInput {

        InvalidClockStep(String detail) {
            super(detail);
        }
    }
}

package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.fengqiao.platform.web.InvalidInput;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockDrillAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockDrillAutoConfiguration.class));

    @Test
    void drillModeHasOneAdvanceEndpointSoItsRouteMapsOnce() {
        runner.withPropertyValues("fengqiao.clock.adjustable=true").run(context -> {
            assertThat(context).hasSingleBean(AdjustableClock.class);
            assertThat(context).hasSingleBean(ClockDrillController.class);
        });
    }

    @Test
    void offByDefault() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(AdjustableClock.class);
            assertThat(context).doesNotHaveBean(ClockDrillController.class);
        });
    }

    @Test
    void theEndpointMovesTheClockForwardAndRefusesAStepBackAsBadInput() {
        AdjustableClock clock = new AdjustableClock(Clock.systemUTC());
        ClockDrillController controller = new ClockDrillController(clock);

        assertThat(controller.advance(new ClockDrillController.Advance("P31D")).block())
                .containsEntry("offset", "PT744H");
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(31));
        assertThatThrownBy(() -> controller.advance(new ClockDrillController.Advance("-P1D")).block())
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> controller.advance(new ClockDrillController.Advance("3 days")).block())
                .isInstanceOf(InvalidInput.class);
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(31));
    }
}

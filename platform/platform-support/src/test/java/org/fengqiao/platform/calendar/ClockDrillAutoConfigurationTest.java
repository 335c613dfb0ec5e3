package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

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
}

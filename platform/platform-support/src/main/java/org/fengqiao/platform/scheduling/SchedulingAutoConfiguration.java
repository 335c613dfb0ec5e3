package org.fengqiao.platform.scheduling;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Runs the application's {@link PeriodicSweep} beans. */
@AutoConfiguration
public class SchedulingAutoConfiguration {

    @Bean
    PeriodicSweeps periodicSweeps(ObjectProvider<PeriodicSweep> sweeps) {
        return new PeriodicSweeps(sweeps.orderedStream().toList());
    }
}

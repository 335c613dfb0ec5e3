package org.fengqiao.grid.patrol;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.grid.patrols.*}.
 *
 * @param overdueAfter how long a grid may go without a completed patrol before {@code grid.patrol-overdue}
 */
@ConfigurationProperties("fengqiao.grid.patrols")
record PatrolProperties(Duration overdueAfter) {

    PatrolProperties {
        overdueAfter = overdueAfter == null ? Duration.ofDays(7) : overdueAfter;
    }
}

package org.fengqiao.petition.workorder;

import java.time.Instant;

import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** When a work order is due: its category's time limit in working days from dispatch, pushed by extensions. */
@Component
@EnableConfigurationProperties(WorkOrderProperties.class)
class WorkOrderDeadlines {

    private final DeadlinePolicy policy;
    private final WorkOrderProperties properties;

    WorkOrderDeadlines(DeadlinePolicy policy, WorkOrderProperties properties) {
        this.policy = policy;
        this.properties = properties;
    }

    TimeLimit limitFor(WorkOrderCategory category) {
        int days = properties.workingDays().get(category);
        return days == 0 ? TimeLimit.sameDay() : TimeLimit.workingDays(days);
    }

    /** The deadline of an order of this category handed to a unit at {@code start}. */
    Instant dueAt(WorkOrderCategory category, Instant start) {
        return policy.dueAt(start, limitFor(category));
    }

    /** A deadline pushed by an approved extension of so many working days. */
    Instant extend(Instant dueAt, int workingDays) {
        return policy.dueAt(dueAt, TimeLimit.workingDays(workingDays));
    }
}

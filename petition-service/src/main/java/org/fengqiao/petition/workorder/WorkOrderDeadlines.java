package org.fengqiao.petition.workorder;

import java.time.Instant;
import java.util.List;

import org.fengqiao.petition.deadline.OpenDeadlines;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.springframework.stereotype.Component;

/** When a work order is due: its category's time limit in working days from dispatch, pushed by extensions. */
@Component
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

    List<Integer> approachingWorkingDays() {
        return properties.approachingWorkingDays();
    }

    /** When "n working days left" begins; see {@link OpenDeadlines#approachingAt}. */
    Instant approachingAt(Instant dueAt, int workingDays) {
        return OpenDeadlines.approachingAt(policy.calendar(), dueAt, workingDays);
    }
}

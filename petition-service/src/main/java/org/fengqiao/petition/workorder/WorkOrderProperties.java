package org.fengqiao.petition.workorder;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.work-orders.*}: time limits per category in working days, {@code 0} meaning the same day,
 * e.g. {@code fengqiao.work-orders.working-days.complaint=10}. Categories not configured keep their default:
 * emergency same day; consultation and help 3; complaint, report and suggestion 13.
 *
 * @param workingDays working days per category
 */
@ConfigurationProperties("fengqiao.work-orders")
record WorkOrderProperties(Map<WorkOrderCategory, Integer> workingDays) {

    static final Map<WorkOrderCategory, Integer> DEFAULT_WORKING_DAYS = Map.of(
            WorkOrderCategory.emergency, 0,
            WorkOrderCategory.consultation, 3,
            WorkOrderCategory.help, 3,
            WorkOrderCategory.complaint, 13,
            WorkOrderCategory.report, 13,
            WorkOrderCategory.suggestion, 13);

    WorkOrderProperties {
        Map<WorkOrderCategory, Integer> merged = new EnumMap<>(DEFAULT_WORKING_DAYS);
        if (workingDays != null) {
            workingDays.forEach((category, days) -> {
                if (days == null || days < 0) {
                    throw new IllegalArgumentException(
                            "fengqiao.work-orders.working-days." + category + " must be 0 (same day) or more: " + days);
                }
                merged.put(category, days);
            });
        }
        workingDays = Map.copyOf(merged);
    }

    static WorkOrderProperties defaults() {
        return new WorkOrderProperties(null);
    }
}

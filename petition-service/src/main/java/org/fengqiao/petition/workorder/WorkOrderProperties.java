package org.fengqiao.petition.workorder;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.work-orders.*}: time limits per category in working days, {@code 0} meaning the same day,
 * e.g. {@code fengqiao.work-orders.working-days.complaint=10}. Categories not configured keep their default:
 * emergency same day; consultation and help 3; complaint, report and suggestion 13.
 *
 * @param workingDays            working days per category
 * @param approachingWorkingDays when {@code deadline.approaching} fires: so many working days before the due day
 *                               ends (default {@code [1]}: when the due day begins)
 * @param deadlineScanInterval   how often open deadlines are scanned (default one minute)
 * @param deadlineReconcileInterval how often {@code open_deadlines} is repaired from the orders (default ten
 *                               minutes; {@link WorkOrderDeadlineReconciliation})
 */
@ConfigurationProperties("fengqiao.work-orders")
record WorkOrderProperties(Map<WorkOrderCategory, Integer> workingDays, List<Integer> approachingWorkingDays,
                           Duration deadlineScanInterval, Duration deadlineReconcileInterval) {

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
        approachingWorkingDays = approachingWorkingDays == null ? List.of(1) : List.copyOf(approachingWorkingDays);
        if (approachingWorkingDays.stream().anyMatch(days -> days == null || days < 1)) {
            throw new IllegalArgumentException(
                    "fengqiao.work-orders.approaching-working-days must be 1 or more: " + approachingWorkingDays);
        }
        deadlineScanInterval = deadlineScanInterval == null ? Duration.ofMinutes(1) : deadlineScanInterval;
        deadlineReconcileInterval = deadlineReconcileInterval == null ? Duration.ofMinutes(10)
                : deadlineReconcileInterval;
    }

    static WorkOrderProperties defaults() {
        return new WorkOrderProperties(null, null, null, null);
    }
}

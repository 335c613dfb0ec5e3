package org.fengqiao.petition.workorder;

import java.util.List;

/** 超期: one holding unit's overdue work orders, oldest deadline first (the same shape as the petitions' list). */
record OverdueUnit(String unit, int count, List<WorkOrderSummary> workOrders) {
}

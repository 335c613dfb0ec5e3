package org.fengqiao.petition.workorder;

import java.util.List;

/**
 * One page of a work-order list.
 *
 * @param items the orders, oldest first
 * @param next  the {@code after} value for the next page, {@code null} on the last page
 */
record WorkOrderPage(List<WorkOrderSummary> items, String next) {
}

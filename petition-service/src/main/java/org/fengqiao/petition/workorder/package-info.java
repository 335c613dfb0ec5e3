/**
 * 12345 work orders (工单): intake from the hotline system (idempotent on the hotline's order number), then
 * 派单 to a township or department, 退单, 改派, 签收, 延期 requested and decided, 回单, 审核, 结案 and 重办, each
 * announced as one {@code work-order.*} event through the order's outbox. Deadlines are working days per
 * category ({@link org.fengqiao.petition.workorder.WorkOrderProperties}) on the platform's work calendar; the
 * running ones sit in the compact {@code open_deadlines} collection, which
 * {@link org.fengqiao.petition.workorder.WorkOrderDeadlineScan} turns into {@code deadline.approaching} and
 * {@code deadline.breached}; {@link org.fengqiao.petition.workorder.WorkOrderDeadlineReconciliation} repairs that
 * collection from the orders after a crash between the two writes. Who sees what:
 * {@link org.fengqiao.petition.workorder.WorkOrderAccess}; lists, counts and CSV export go through
 * {@code org.fengqiao.petition.listing} with {@link org.fengqiao.petition.workorder.WorkOrderSearch}.
 */
package org.fengqiao.petition.workorder;

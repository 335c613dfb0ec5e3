package org.fengqiao.petition.workorder;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.petition.listing.CsvExport;
import org.fengqiao.petition.listing.ListSpec;
import org.springframework.data.mongodb.core.query.Criteria;

/** What work-order lists filter and sort by, and the columns of their CSV export. */
final class WorkOrderSearch {

    /** A unit code as responses carry it: {@code 330681101}, or {@code 330681:zjj} for a department. */
    private static final Pattern UNIT = Pattern.compile("(\\d{6,14})(?::([a-z][a-z0-9_-]{1,31}))?");

    static final ListSpec<WorkOrder> SPEC = ListSpec.builder(WorkOrder.class, WorkOrder::id)
            .states("state", WorkOrderState.class)
            .categories("category", WorkOrderCategory.class)
            // Orders carry the county they came in for; the unit holding one places it in a township.
            .subtree("jurisdiction", "holder.jurisdiction")
            .holder(WorkOrderSearch::heldBy)
            .flag("urgent", () -> Criteria.where("urgency").in(Urgency.urgent.name(), Urgency.emergency.name()))
            .flag("reopened", () -> Criteria.where("reopenCount").gt(0))
            .flag("extensionPending", () -> Criteria.where("pendingExtension").ne(null))
            .due("dueAt", WorkOrderState.dispatched.name(), WorkOrderState.handling.name())
            .sortable("receivedAt", "receivedAt")
            .sortable("dueAt", "dueAt")
            .sortable("orderNumber", "orderNumber")
            .sortable("state", "state")
            .sortable("category", "category")
            .sortable("urgency", "urgency")
            .build();

    private WorkOrderSearch() {
    }

    static Criteria heldBy(String code) {
        Matcher unit = UNIT.matcher(code);
        if (!unit.matches()) {
            throw new IllegalArgumentException("承办单位应为区划代码（如 330681101）或 区划代码:部门代码（如 330681:zjj）");
        }
        return Criteria.where("holder.jurisdiction").is(unit.group(1)).and("holder.department").is(unit.group(2));
    }

    /** The export's columns; "超期" is judged at {@code now}. */
    static CsvExport<WorkOrder> csv(Instant now) {
        return CsvExport.of(
                new CsvExport.Column<>("工单编号", WorkOrder::orderNumber),
                new CsvExport.Column<>("状态", order -> order.state().label()),
                new CsvExport.Column<>("类别", order -> label(order.category())),
                new CsvExport.Column<>("紧急程度", order -> label(order.urgency())),
                new CsvExport.Column<>("来电人", order -> order.caller().name()),
                new CsvExport.Column<>("联系电话", order -> WorkOrderSummary.mask(order.caller().phone())),
                new CsvExport.Column<>("诉求内容", WorkOrder::content),
                new CsvExport.Column<>("地址", WorkOrder::address),
                new CsvExport.Column<>("承办单位", order -> order.holder() == null ? null : order.holder().code()),
                new CsvExport.Column<>("受理时间", order -> CsvExport.time(order.receivedAt())),
                new CsvExport.Column<>("办理期限", order -> CsvExport.time(order.dueAt())),
                new CsvExport.Column<>("是否超期", order -> overdue(order, now) ? "是" : "否"),
                new CsvExport.Column<>("重办次数", order -> String.valueOf(order.reopenCount())));
    }

    static boolean overdue(WorkOrder order, Instant now) {
        return WorkOrderDeadlineTracker.isRunning(order) && order.dueAt().isBefore(now);
    }

    static String label(WorkOrderCategory category) {
        return switch (category) {
            case consultation -> "咨询";
            case help -> "求助";
            case complaint -> "投诉";
            case report -> "举报";
            case suggestion -> "建议";
            case emergency -> "紧急";
        };
    }

    static String label(Urgency urgency) {
        return switch (urgency) {
            case normal -> "一般";
            case urgent -> "紧急";
            case emergency -> "特急";
        };
    }
}

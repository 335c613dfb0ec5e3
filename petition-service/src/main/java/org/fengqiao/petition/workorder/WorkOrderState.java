package org.fengqiao.petition.workorder;

/**
 * Lifecycle of a work order: {@code received → dispatched → handling → replied → reviewed → closed}, with
 * {@code returned} (退单, back to the dispatcher before claiming) and the loops 改派, 审核退回 and 重办.
 */
enum WorkOrderState {
    /** 受理: received from the hotline, waiting to be dispatched. */
    received("已受理"),
    /** 派单: sent to a unit, waiting for it to claim the order. */
    dispatched("已派单"),
    /** 退单: the unit sent it back before claiming it; the dispatcher reassigns it. */
    returned("已退单"),
    /** 签收/办理: claimed by its holder and being handled. */
    handling("办理中"),
    /** 回单: the holder replied; waiting for the dispatcher's review. */
    replied("已回单"),
    /** 审核通过: reply approved, waiting for the return visit. */
    reviewed("待回访"),
    /** 结案. */
    closed("已结案");

    private final String label;

    WorkOrderState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

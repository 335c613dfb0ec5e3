package org.fengqiao.mediation.dispute;

/** Where a dispute's mediation stands. */
enum DisputeState {
    /** 受理: accepted at the current tier, which has to act. */
    accepted,
    /** 调解中: the current tier is mediating. */
    mediating,
    /** 达成调解协议. */
    agreement,
    /** 调解不成: failed at the county, the last tier (a lower tier's failure escalates instead). */
    failed,
    /** 分流: handed to litigation, arbitration, an administrative ruling or the petition channel. */
    diverted,
    /** 结案: the agreement was performed and its return visit ended without sending the dispute back. */
    closed;

    boolean open() {
        return this == accepted || this == mediating;
    }
}

package org.fengqiao.mediation.dispute;

/** What a held session came to. */
enum SessionOutcome {
    /** 达成协议: the dispute is settled. */
    agreement,
    /** 部分达成: some points agreed, mediation goes on. */
    partial,
    /** 调解不成: escalates one tier (below the county). */
    failed,
    /** 休会: to be continued in a later session. */
    adjourned
}

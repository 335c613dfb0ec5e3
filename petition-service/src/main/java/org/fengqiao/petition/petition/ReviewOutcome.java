package org.fengqiao.petition.petition;

/** A 复查 or 复核 decision: 维持 the earlier opinion, or 撤销/变更 it. */
enum ReviewOutcome {
    upheld, revised
}

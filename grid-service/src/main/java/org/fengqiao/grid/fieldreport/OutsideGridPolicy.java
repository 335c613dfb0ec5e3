package org.fengqiao.grid.fieldreport;

/** What to do with a report whose position lies outside its grid's boundary. */
enum OutsideGridPolicy {
    /** Reject it with a reason (the worker picks the right grid or corrects the position). */
    reject,
    /** Accept it, marked {@link LocationCheck#outside_flagged} for the township to look at. */
    flag
}

package org.fengqiao.grid.fieldreport;

/** What the reported position says about the grid it was filed in. */
enum LocationCheck {
    /** Inside the grid's boundary. */
    inside,
    /** Outside the boundary, accepted because the policy flags instead of rejecting. */
    outside_flagged,
    /** The grid has no boundary drawn: nothing to check against. */
    no_boundary,
    /** The phone had no position fix. */
    no_position
}

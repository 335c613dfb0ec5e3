package org.fengqiao.mediation.dispute;

/** What a tier's clock is waiting for. */
enum ClockPhase {
    /** The tier must start mediating (上门调处) before the clock runs out. */
    act,
    /** The tier must reach an agreement before the clock runs out. */
    mediate
}

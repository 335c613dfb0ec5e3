package org.fengqiao.mediation.dispute;

/** Where a dispute came from. */
enum DisputeSource {
    /** 网格员上报的矛盾苗头. */
    grid_report,
    /** 来访: walked in to a mediation room. */
    walk_in,
    /** 来电: by phone or from the 12345 hotline. */
    hotline,
    /** 排查发现. */
    screening,
    /** 信访分流. */
    petition_diversion
}

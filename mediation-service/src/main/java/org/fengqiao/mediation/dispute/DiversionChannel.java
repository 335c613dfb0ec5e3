package org.fengqiao.mediation.dispute;

/** Where a dispute goes when mediation is not the right channel (分流). */
enum DiversionChannel {
    /** 诉讼 */
    litigation,
    /** 仲裁 */
    arbitration,
    /** 行政裁决 */
    administrative_ruling,
    /** 信访 */
    petition
}

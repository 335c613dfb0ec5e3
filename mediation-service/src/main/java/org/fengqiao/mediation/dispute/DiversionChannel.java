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
    petition;

    String label() {
        return switch (this) {
            case litigation -> "诉讼";
            case arbitration -> "仲裁";
            case administrative_ruling -> "行政裁决";
            case petition -> "信访";
        };
    }
}

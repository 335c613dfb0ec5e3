package org.fengqiao.survey.returnvisit;

/** Where a return visit stands; lowercase names are the wire values. */
enum VisitState {
    /** 待回访: not ended yet (possibly after calls that did not reach the citizen). */
    pending("待回访"),
    /** 已回访: the citizen was reached and answered. */
    completed("已回访"),
    /** 无法联系: every attempt failed to reach the citizen. */
    unreachable("无法联系");

    private final String label;

    VisitState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

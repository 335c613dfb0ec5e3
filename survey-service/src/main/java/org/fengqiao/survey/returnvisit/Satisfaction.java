package org.fengqiao.survey.returnvisit;

/** The citizen's answer at a return visit; lowercase names are the wire values. */
enum Satisfaction {
    /** 满意 */
    satisfied,
    /** 基本满意 */
    basically_satisfied,
    /** 不满意 */
    dissatisfied
}

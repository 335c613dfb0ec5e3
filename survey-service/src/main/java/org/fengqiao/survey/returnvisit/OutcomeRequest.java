package org.fengqiao.survey.returnvisit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/return-visits/{id}/outcome}: whether the citizen was reached and what they said. */
record OutcomeRequest(@NotNull Boolean reached, Satisfaction satisfaction, DissatisfactionKind dissatisfactionKind,
                      @Size(max = 500) String comment) {

    /** The checks across fields that bean validation cannot express. */
    void check() {
        if (!reached) {
            if (satisfaction != null || dissatisfactionKind != null) {
                throw new InvalidOutcome("未联系上回访对象时不能填写满意度（satisfaction / dissatisfactionKind）");
            }
            return;
        }
        if (satisfaction == null) {
            throw new InvalidOutcome("已联系上回访对象时须填写满意度（satisfaction）");
        }
        if (satisfaction == Satisfaction.dissatisfied && dissatisfactionKind == null) {
            throw new InvalidOutcome("不满意时须注明是实质性还是主观性不满意（dissatisfactionKind）");
        }
        if (satisfaction != Satisfaction.dissatisfied && dissatisfactionKind != null) {
            throw new InvalidOutcome("只有不满意时才填写不满意类型（dissatisfactionKind）");
        }
    }
}

package org.fengqiao.survey.returnvisit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/public/ratings/{token}}: the citizen's own answer (they are reached by definition). */
record RatingRequest(@NotNull Satisfaction satisfaction, DissatisfactionKind dissatisfactionKind,
                     @Size(max = 500) String comment) {

    OutcomeRequest asOutcome() {
        return new OutcomeRequest(true, satisfaction, dissatisfactionKind, comment);
    }
}

package org.fengqiao.survey.returnvisit;

import java.time.Instant;

/** What a return visit found, as recorded by the surveyor; satisfaction and kind are {@code null} when not reached. */
record Outcome(boolean reached, Satisfaction satisfaction, DissatisfactionKind dissatisfactionKind, String comment,
               String by, Instant at) {

    boolean substantivelyDissatisfied() {
        return reached && satisfaction == Satisfaction.dissatisfied
                && dissatisfactionKind == DissatisfactionKind.substantive;
    }
}

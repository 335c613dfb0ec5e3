package org.fengqiao.survey.returnvisit;

import org.fengqiao.platform.web.InvalidInput;

/** An outcome whose fields contradict each other: answered 400. */
class InvalidOutcome extends IllegalArgumentException implements InvalidInput {

    InvalidOutcome(String message) {
        super(message);
    }
}

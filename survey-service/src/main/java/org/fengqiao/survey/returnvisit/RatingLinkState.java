package org.fengqiao.survey.returnvisit;

/** Whether a citizen's rating link can still be used. */
enum RatingLinkState {
    open, used, expired
}

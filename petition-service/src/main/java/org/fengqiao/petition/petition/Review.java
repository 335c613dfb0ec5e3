package org.fengqiao.petition.petition;

import java.time.Instant;

/** A 复查 or 复核: the request, its deadline and, once decided, the decision. */
record Review(Instant requestedAt, String reason, String reviewingUnit, Instant decisionDueAt,
              ReviewOutcome outcome, String opinion, Instant decidedAt, String decidedBy) {

    Review decided(ReviewOutcome decision, String text, Instant at, String by) {
        return new Review(requestedAt, reason, reviewingUnit, decisionDueAt, decision, text, at, by);
    }
}

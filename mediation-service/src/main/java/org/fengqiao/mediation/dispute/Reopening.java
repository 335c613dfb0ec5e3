package org.fengqiao.mediation.dispute;

import java.time.Instant;

/**
 * 重新调解: a concluded dispute went back to mediation.
 *
 * @param cause     {@code breach} (an agreement term was not performed) or {@code return_visit} (回访不满意)
 * @param reason    why, for people
 * @param reference {@code term:<no>} for a breach, the return visit's id for a return visit
 * @param tier      the tier mediating again
 * @param at        when
 */
record Reopening(String cause, String reason, String reference, Tier tier, Instant at) {

    static final String BREACH = "breach";
    static final String RETURN_VISIT = "return_visit";
}

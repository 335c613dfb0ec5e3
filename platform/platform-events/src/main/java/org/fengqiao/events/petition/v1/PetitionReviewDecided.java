package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 复查意见: the upper tier decided the review; the petitioner is told.
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId           our id of the petition, also the event key
 * @param petitionNumber       the number people know the petition by (信访件编号)
 * @param state                the state after the change (lowercase, see the package)
 * @param holder               unit code holding it now: {@code 330681101} or {@code 330681:gtj}; {@code null} if
 *                             none
 * @param jurisdiction         division code of the place the matter belongs to (属地); scopes who may see it
 * @param at                   when the change happened
 * @param outcome              {@code upheld} (维持) or {@code revised} (撤销/变更)
 * @param opinion              the decision as the petitioner reads it
 * @param decisionDueAt        the decision deadline
 * @param onTime               decided by the deadline
 * @param reReviewRequestDueAt until when the petitioner may request 复核
 * @param petitionerName       the (first) petitioner's name, for notices
 * @param petitionerPhone      the (first) petitioner's phone for SMS notices, or {@code null}
 * @param by                   subject of the user who made the change
 */
@EventType(value = "petition.review-decided", version = 1, topic = Topics.PETITION)
public record PetitionReviewDecided(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String outcome,
        String opinion,
        Instant decisionDueAt,
        boolean onTime,
        Instant reReviewRequestDueAt,
        String petitionerName,
        String petitionerPhone,
        String by) {
}

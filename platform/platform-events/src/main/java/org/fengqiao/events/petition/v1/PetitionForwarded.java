package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 转送: the matter belongs to another competent body and was forwarded to it; the case ends here.
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId      our id of the petition, also the event key
 * @param petitionNumber  the number people know the petition by (信访件编号)
 * @param state           the state after the change (lowercase, see the package)
 * @param holder          unit code holding it now: {@code 330681101} or {@code 330681:gtj}; {@code null} if none
 * @param jurisdiction    division code of the place the matter belongs to (属地); scopes who may see it
 * @param at              when the change happened
 * @param forwardedTo     the competent body it went to
 * @param reason          why
 * @param acceptDueAt     the acceptance deadline
 * @param onTime          decided by the acceptance deadline
 * @param petitionerName  the (first) petitioner's name, for notices
 * @param petitionerPhone the (first) petitioner's phone for SMS notices, or {@code null}
 * @param by              subject of the user who made the change
 */
@EventType(value = "petition.forwarded", version = 1, topic = Topics.PETITION)
public record PetitionForwarded(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String forwardedTo,
        String reason,
        Instant acceptDueAt,
        boolean onTime,
        String petitionerName,
        String petitionerPhone,
        String by) {
}

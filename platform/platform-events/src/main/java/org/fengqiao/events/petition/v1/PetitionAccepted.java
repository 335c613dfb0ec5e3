package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 受理: the petition was accepted; the reply time limit starts.
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
 * @param acceptDueAt     the acceptance deadline
 * @param onTime          accepted by the acceptance deadline
 * @param replyDueAt      when the reply is due (60 calendar days)
 * @param note            the note of the decision, or {@code null}
 * @param petitionerName  the (first) petitioner's name, for notices
 * @param petitionerPhone the (first) petitioner's phone for SMS notices, or {@code null}
 * @param by              subject of the user who made the change
 */
@EventType(value = "petition.accepted", version = 1, topic = Topics.PETITION)
public record PetitionAccepted(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        Instant acceptDueAt,
        boolean onTime,
        Instant replyDueAt,
        String note,
        String petitionerName,
        String petitionerPhone,
        String by) {
}

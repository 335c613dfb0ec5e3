package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 不予受理: the petition was not accepted, with its statutory reason (for the petitioner's notice).
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
 * @param reason          statutory reason code: {@code litigation} (应通过诉讼、仲裁、行政复议等法定途径解决), {@code terminated}
 *                        (已终结的同一事项), {@code in_process} (正在办理期限内), {@code not_petition} (不属于信访事项), {@code other}
 * @param reasonText      the reason as the notice states it
 * @param acceptDueAt     the acceptance deadline
 * @param onTime          decided by the acceptance deadline
 * @param petitionerName  the (first) petitioner's name, for notices
 * @param petitionerPhone the (first) petitioner's phone for SMS notices, or {@code null}
 * @param by              subject of the user who made the change
 */
@EventType(value = "petition.not-accepted", version = 1, topic = Topics.PETITION)
public record PetitionNotAccepted(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String reason,
        String reasonText,
        Instant acceptDueAt,
        boolean onTime,
        String petitionerName,
        String petitionerPhone,
        String by) {
}

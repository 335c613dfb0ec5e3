package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 延期审批: the county supervisor granted or refused the extension; the petitioner is told.
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
 * @param approved        whether it was granted
 * @param days            calendar days asked for
 * @param note            the supervisor's note, or {@code null}
 * @param previousDueAt   the reply deadline before the decision
 * @param replyDueAt      the reply deadline after it
 * @param petitionerName  the (first) petitioner's name, for notices
 * @param petitionerPhone the (first) petitioner's phone for SMS notices, or {@code null}
 * @param by              subject of the user who made the change
 */
@EventType(value = "petition.extension-decided", version = 1, topic = Topics.PETITION)
public record PetitionExtensionDecided(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        boolean approved,
        int days,
        String note,
        Instant previousDueAt,
        Instant replyDueAt,
        String petitionerName,
        String petitionerPhone,
        String by) {
}

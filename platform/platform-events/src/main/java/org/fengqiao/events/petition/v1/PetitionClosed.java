package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 办结: the case is closed after its reply (and any review).
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId     our id of the petition, also the event key
 * @param petitionNumber the number people know the petition by (信访件编号)
 * @param state          the state after the change (lowercase, see the package)
 * @param holder         unit code holding it now: {@code 330681101} or {@code 330681:gtj}; {@code null} if none
 * @param jurisdiction   division code of the place the matter belongs to (属地); scopes who may see it
 * @param at             when the change happened
 * @param disposition    the reply's disposition
 * @param repliedAt      when the reply was given
 * @param replyDueAt     the reply deadline
 * @param onTime         the reply was given by its deadline (按期办结)
 * @param note           note, or {@code null}
 * @param by             subject of the user who made the change
 */
@EventType(value = "petition.closed", version = 1, topic = Topics.PETITION)
public record PetitionClosed(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String disposition,
        Instant repliedAt,
        Instant replyDueAt,
        boolean onTime,
        String note,
        String by) {
}

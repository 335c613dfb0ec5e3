package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 退回: the holding unit sent a misrouted petition back to the unit that assigned it.
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId        our id of the petition, also the event key
 * @param petitionNumber    the number people know the petition by (信访件编号)
 * @param state             the state after the change (lowercase, see the package)
 * @param holder            unit code holding it now: {@code 330681101} or {@code 330681:gtj}; {@code null} if none
 * @param jurisdiction      division code of the place the matter belongs to (属地); scopes who may see it
 * @param at                when the change happened
 * @param returnedFrom      unit code that returned it
 * @param recipientDivision division code of the unit it went back to, for its inbox
 * @param reason            why
 * @param by                subject of the user who made the change
 */
@EventType(value = "petition.returned", version = 1, topic = Topics.PETITION)
public record PetitionReturned(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String returnedFrom,
        String recipientDivision,
        String reason,
        String by) {
}

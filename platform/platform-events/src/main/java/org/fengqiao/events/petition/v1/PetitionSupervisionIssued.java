package org.fengqiao.events.petition.v1;

import java.time.Instant;
import java.time.LocalDate;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 督办: the county supervisor told the holding unit to respond by a date.
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
 * @param supervisedUnit    unit code being supervised (the holder)
 * @param recipientDivision division code of that unit, for its inbox
 * @param responseDueAt     the date the unit must respond by
 * @param reason            why
 * @param by                subject of the user who made the change
 */
@EventType(value = "petition.supervision-issued", version = 1, topic = Topics.PETITION)
public record PetitionSupervisionIssued(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String supervisedUnit,
        String recipientDivision,
        LocalDate responseDueAt,
        String reason,
        String by) {
}

package org.fengqiao.events.petition.v1;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 交办: a unit handed the petition to a lower unit (county to township or department, township to village).
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
 * @param fromUnit          unit code that assigned it
 * @param recipientDivision division code of the receiving (lead) unit, for its inbox
 * @param coHandlingUnits   unit codes of the co-handling units (协办), possibly empty
 * @param replyDueAt        when the reply is due
 * @param note              the assigning unit's instructions, or {@code null}
 * @param by                subject of the user who made the change
 */
@EventType(value = "petition.assigned", version = 1, topic = Topics.PETITION)
public record PetitionAssigned(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String fromUnit,
        String recipientDivision,
        List<String> coHandlingUnits,
        Instant replyDueAt,
        String note,
        String by) {
}

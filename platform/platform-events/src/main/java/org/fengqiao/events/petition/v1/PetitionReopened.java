package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 重办: a replied petition goes back to the unit that replied, after a substantive 不满意 at the return visit; a
 * fresh reply deadline runs from now.
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId     our id of the petition, also the event key
 * @param petitionNumber the number people know the petition by (信访件编号)
 * @param state          the state after the change (lowercase, see the package): {@code reopened}
 * @param holder         unit code holding it now (the unit that replied): {@code 330681101} or {@code 330681:gtj}
 * @param jurisdiction   division code of the place the matter belongs to (属地); scopes who may see it
 * @param at             when the change happened
 * @param returnVisitId  survey-service's id of the return visit that asked for the redo
 * @param reason         why, as the timeline shows it: {@code 回访不满意（实质性）：<what the citizen said>}
 * @param replyDueAt     the fresh reply deadline
 * @param by             subject of whoever asked for it ({@code survey-service} for a return visit)
 */
@EventType(value = "petition.reopened", version = 1, topic = Topics.PETITION)
public record PetitionReopened(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String returnVisitId,
        String reason,
        Instant replyDueAt,
        String by) {
}

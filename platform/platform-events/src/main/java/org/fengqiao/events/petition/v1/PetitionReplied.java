package org.fengqiao.events.petition.v1;

import java.time.Instant;
import java.time.LocalDate;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 答复: the holder gave the petitioner its written reply (答复意见书); survey-service schedules the return visit.
 *
 * <p>Like every petition event it carries {@code petitionId}, {@code petitionNumber}, {@code state},
 * {@code holder}, {@code jurisdiction}, {@code at} and {@code by}; see {@link PetitionRegistered} for the
 * matter itself. No event carries the petitioner's ID-card number.
 *
 * @param petitionId         our id of the petition, also the event key
 * @param petitionNumber     the number people know the petition by (信访件编号)
 * @param state              the state after the change (lowercase, see the package)
 * @param holder             unit code holding it now: {@code 330681101} or {@code 330681:gtj}; {@code null} if none
 * @param jurisdiction       division code of the place the matter belongs to (属地); scopes who may see it
 * @param at                 when the change happened
 * @param holderDivision     division code of the replying unit
 * @param disposition        {@code resolved} (合法诉求予以解决), {@code resolved_rule_proposed} (合理但无规定，解决并建议完善),
 *                           {@code explained_later} (合理暂不能解决，说明并给出时间), {@code explained} (不合理，做好解释),
 *                           {@code referred} (违法，依法处理)
 * @param replySummary       the reply in short, for the SMS
 * @param resolveBy          for {@code explained_later}: the date promised, else {@code null}
 * @param replyDueAt         the reply deadline
 * @param onTime             replied by the reply deadline
 * @param reviewRequestDueAt until when the petitioner may request 复查 (30 days)
 * @param petitionerName     the (first) petitioner's name, for notices
 * @param petitionerPhone    the (first) petitioner's phone for SMS notices, or {@code null}
 * @param by                 subject of the user who made the change
 */
@EventType(value = "petition.replied", version = 1, topic = Topics.PETITION)
public record PetitionReplied(
        String petitionId,
        String petitionNumber,
        String state,
        String holder,
        String jurisdiction,
        Instant at,
        String holderDivision,
        String disposition,
        String replySummary,
        LocalDate resolveBy,
        Instant replyDueAt,
        boolean onTime,
        Instant reviewRequestDueAt,
        String petitionerName,
        String petitionerPhone,
        String by) {
}

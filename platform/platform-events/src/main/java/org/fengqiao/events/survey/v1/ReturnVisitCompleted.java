package org.fengqiao.events.survey.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 回访完成: the outcome of a return visit was recorded, whatever it was (the KPIs' reach and satisfaction rates).
 *
 * @param returnVisitId       our id of the return visit, also the event key
 * @param caseType            the kind of case visited: {@code work-order}, {@code petition} or {@code dispute}
 * @param caseId              the owning service's id of the case
 * @param caseNumber          the case's human-readable number
 * @param jurisdiction        division code the case belongs to
 * @param unit                code of the unit whose handling was rated: a division code, or
 *                            {@code <division>:<department>}; {@code null} when unknown (the KPIs then count the
 *                            visit for {@code jurisdiction}). A 12345 order belongs to the county that received it,
 *                            yet its visit rates the township that replied.
 * @param reached             whether the citizen was reached
 * @param satisfaction        {@code satisfied}, {@code basically_satisfied} or {@code dissatisfied}; {@code null}
 *                            when not reached
 * @param dissatisfactionKind {@code substantive} or {@code subjective} when dissatisfied, else {@code null}
 * @param comment             what the citizen said, or {@code null}
 * @param at                  when the outcome was recorded
 * @param by                  subject of the surveyor who recorded it
 */
@EventType(value = "return-visit.completed", version = 1, topic = Topics.SURVEY)
public record ReturnVisitCompleted(
        String returnVisitId,
        String caseType,
        String caseId,
        String caseNumber,
        String jurisdiction,
        String unit,
        boolean reached,
        String satisfaction,
        String dissatisfactionKind,
        String comment,
        Instant at,
        String by) {
}

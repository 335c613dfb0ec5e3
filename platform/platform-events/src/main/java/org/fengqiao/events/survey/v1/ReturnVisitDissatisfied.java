package org.fengqiao.events.survey.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 回访不满意（实质性）: the citizen was reached and is dissatisfied for a substantive reason, so the case must be
 * redone (a work order, a petition) or reopened (a dispute) by the service that owns it.
 *
 * @param returnVisitId our id of the return visit, also the event key
 * @param caseType      the kind of case visited: {@code work-order}, {@code petition} or {@code dispute}
 * @param caseId        the owning service's id of the case
 * @param caseNumber    the case's human-readable number, e.g. the hotline's order number
 * @param jurisdiction  division code the case belongs to
 * @param comment       what the citizen said, or {@code null}
 * @param at            when the outcome was recorded
 */
@EventType(value = "return-visit.dissatisfied", version = 1, topic = Topics.SURVEY)
public record ReturnVisitDissatisfied(
        String returnVisitId,
        String caseType,
        String caseId,
        String caseNumber,
        String jurisdiction,
        String comment,
        Instant at) {
}

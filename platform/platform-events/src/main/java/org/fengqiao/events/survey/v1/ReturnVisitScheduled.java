package org.fengqiao.events.survey.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 回访已安排: a return visit was queued for surveyors, and the citizen may rate the handling through a one-time
 * self-service link; notification-service sends that link by SMS.
 *
 * @param returnVisitId   our id of the return visit, also the event key
 * @param caseType        the kind of case visited: {@code work-order}, {@code petition} or {@code dispute}
 * @param caseId          the owning service's id of the case
 * @param caseNumber      the case's human-readable number
 * @param jurisdiction    division code the case belongs to
 * @param citizenName     the person to visit, or {@code null}
 * @param citizenPhone    the phone to send the rating link to, or {@code null} when there is none
 * @param ratingUrl       the one-time public rating link (unguessable, expires at {@code ratingExpiresAt})
 * @param ratingExpiresAt when the link stops working
 * @param dueAt           when the surveyors' visit is due
 * @param at              when the visit was scheduled
 */
@EventType(value = "return-visit.scheduled", version = 1, topic = Topics.SURVEY)
public record ReturnVisitScheduled(
        String returnVisitId,
        String caseType,
        String caseId,
        String caseNumber,
        String jurisdiction,
        String citizenName,
        String citizenPhone,
        String ratingUrl,
        Instant ratingExpiresAt,
        Instant dueAt,
        Instant at) {
}

package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 即将到期: a case's deadline is near. Published once per case, stage, deadline and threshold by the periodic
 * deadline scan (a deadline that is pushed, e.g. by an approved extension, is a new deadline).
 *
 * @param caseId            our id of the case, also the event key
 * @param caseType          {@code work-order} or {@code petition}
 * @param caseNumber        the number people know the case by, e.g. the hotline's order number
 * @param stage             which time limit: {@code reply} (回单期限) for work orders; for petitions {@code accept}
 *                          (受理), {@code reply} (答复), {@code review} (复查), {@code re-review} (复核) or
 *                          {@code supervision} (督办回复)
 * @param jurisdiction      division code the case belongs to
 * @param holder            unit code responsible for meeting the deadline, or {@code null}
 * @param dueAt             the deadline
 * @param workingDaysBefore the threshold that fired: so many working days (or less) are left
 * @param at                when the scan noticed it
 */
@EventType(value = "deadline.approaching", version = 1, topic = Topics.PETITION)
public record DeadlineApproaching(
        String caseId,
        String caseType,
        String caseNumber,
        String stage,
        String jurisdiction,
        String holder,
        Instant dueAt,
        int workingDaysBefore,
        Instant at) {
}

package org.fengqiao.events.petition.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 已超期: a case's deadline passed while the stage was still open. Published once per case, stage and deadline
 * by the periodic deadline scan.
 *
 * @param caseId       our id of the case, also the event key
 * @param caseType     {@code work-order} or {@code petition}
 * @param caseNumber   the number people know the case by, e.g. the hotline's order number
 * @param stage        which time limit: {@code reply} (回单期限) for work orders; for petitions {@code accept}
 *                          (受理), {@code reply} (答复), {@code review} (复查), {@code re-review} (复核) or
 *                          {@code supervision} (督办回复)
 * @param jurisdiction division code the case belongs to
 * @param holder       unit code responsible for the deadline, or {@code null}
 * @param dueAt        the deadline that passed
 * @param at           when the scan noticed it
 */
@EventType(value = "deadline.breached", version = 1, topic = Topics.PETITION)
public record DeadlineBreached(
        String caseId,
        String caseType,
        String caseNumber,
        String stage,
        String jurisdiction,
        String holder,
        Instant dueAt,
        Instant at) {
}

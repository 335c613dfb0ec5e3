package org.fengqiao.events.mediation.v1;

import java.time.Instant;
import java.time.LocalDate;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 协议履行提醒: a term of a mediation agreement (调解协议) was not performed by its due date. Once per term.
 *
 * @param disputeId        the dispute, also the event key
 * @param jurisdiction     division code of the dispute's place
 * @param tier             the tier that mediated the agreement
 * @param handlingUnit     division code of that tier's unit (who follows up)
 * @param termNo           the term's number in the agreement, from 1
 * @param description      what was to be done
 * @param responsibleParty who has to do it (a party's name)
 * @param dueDate          the last day to perform it (Asia/Shanghai)
 * @param at               when it was found overdue
 */
@EventType(value = "dispute.term-overdue", version = 1, topic = Topics.MEDIATION)
public record DisputeTermOverdue(
        String disputeId,
        String jurisdiction,
        String tier,
        String handlingUnit,
        int termNo,
        String description,
        String responsibleParty,
        LocalDate dueDate,
        Instant at) {
}

package org.fengqiao.events.mediation.v1;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 纠纷受理: a dispute (矛盾纠纷) was opened at the lowest competent tier and its clock started.
 *
 * @param disputeId       mediation-service's id of the dispute, also the event key
 * @param source          {@code grid_report}, {@code walk_in}, {@code hotline}, {@code screening} or
 *                        {@code petition_diversion}
 * @param sourceReference what the dispute came from, e.g. {@code field-report:<reportId>}; unique per dispute
 * @param type            dispute type code, e.g. {@code neighbour}, {@code land}
 * @param summary         short description
 * @param jurisdiction    division code of the place (usually a village)
 * @param tier            the tier mediating now: {@code village}, {@code township} or {@code county}
 * @param handlingUnit    division code of the mediating unit at that tier
 * @param state           {@code accepted}
 * @param riskGrade       1 (low) to 4 (major)
 * @param riskReasons     why the grade is what it is (Chinese, for people)
 * @param peopleInvolved  how many people are involved
 * @param amount          amount in dispute in whole yuan, or {@code null}
 * @param clockDueAt      when the tier must have acted, or escalation follows
 * @param at              when the dispute was opened
 */
@EventType(value = "dispute.opened", version = 1, topic = Topics.MEDIATION)
public record DisputeOpened(
        String disputeId,
        String source,
        String sourceReference,
        String type,
        String summary,
        String jurisdiction,
        String tier,
        String handlingUnit,
        String state,
        int riskGrade,
        List<String> riskReasons,
        int peopleInvolved,
        Long amount,
        Instant clockDueAt,
        Instant at) {
}

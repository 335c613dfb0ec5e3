package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A dispute as its readers see it; the unit names come from the local jurisdiction read model and are {@code null}
 * while grid-service has not announced the division.
 */
record DisputeResponse(
        String id,
        DisputeSource source,
        String sourceReference,
        DisputeType type,
        String summary,
        String description,
        List<Party> parties,
        int peopleInvolved,
        Long amount,
        String address,
        String villagerGroup,
        String jurisdiction,
        String jurisdictionName,
        Tier startedTier,
        Tier tier,
        String handlingUnit,
        String handlingUnitName,
        DisputeState state,
        Risk risk,
        TierClock clock,
        Instant overdueAt,
        List<Escalation> escalations,
        List<Session> sessions,
        Agreement agreement,
        Instant openedAt,
        String openedBy,
        Instant concludedAt,
        String conclusion,
        Diversion diversion,
        ReturnVisitNote returnVisit,
        Instant closedAt,
        List<Agreement> pastAgreements,
        List<Reopening> reopenings,
        List<TimelineEntry> timeline) {

    record Risk(int grade, int derivedGrade, List<String> reasons, RiskAssessment.ManualGrade override) {
    }

    /** The division codes whose names this response shows. */
    static List<String> namedCodes(Dispute dispute) {
        return Arrays.asList(dispute.jurisdiction(), dispute.handlingUnit());
    }

    static DisputeResponse of(Dispute dispute, Map<String, String> names) {
        RiskAssessment risk = dispute.risk();
        return new DisputeResponse(dispute.id(), dispute.source(), dispute.sourceReference(), dispute.type(),
                dispute.summary(), dispute.description(), dispute.parties(), dispute.peopleInvolved(), dispute.amount(),
                dispute.address(), dispute.villagerGroup(), dispute.jurisdiction(), names.get(dispute.jurisdiction()), dispute.startedTier(),
                dispute.tier(), dispute.handlingUnit(), names.get(dispute.handlingUnit()), dispute.state(),
                new Risk(risk.grade(), risk.derivedGrade(), risk.reasons(), risk.override()),
                dispute.clock().orElse(null), dispute.overdueAt(), dispute.escalations(), dispute.sessions(),
                dispute.agreement().orElse(null), dispute.openedAt(),
                dispute.openedBy(), dispute.concludedAt(), dispute.conclusion(),
                dispute.diversion().orElse(null), dispute.returnVisit(), dispute.closedAt(), dispute.pastAgreements(), dispute.reopenings(),
                dispute.timeline());
    }
}

package org.fengqiao.mediation.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign with each unit's return status ({@code filed}, {@code zero_report}, {@code pending} before the due date
 * ends, {@code missing} after) and the totals.
 */
record CampaignSummary(String id, CampaignKind kind, String topic, String jurisdiction, LocalDate periodStart,
                       LocalDate periodEnd, LocalDate returnsDue, boolean dueDatePassed, List<UnitStatus> units,
                       Totals totals, Instant createdAt, String createdBy) {

    record UnitStatus(String unit, String status, List<String> disputeIds, Instant filedAt) {
    }

    record Totals(int units, long filed, long zeroReports, long missing, long disputesFound) {
    }

    static CampaignSummary of(ScreeningCampaign campaign, Instant now) {
        boolean passed = campaign.dueDatePassed(now);
        List<UnitStatus> units = campaign.units().stream().map(unit -> campaign.returnOf(unit)
                .map(filed -> new UnitStatus(unit, filed.zeroReport() ? "zero_report" : "filed", filed.disputeIds(),
                        filed.filedAt()))
                .orElseGet(() -> new UnitStatus(unit, passed ? "missing" : "pending", List.of(), null))).toList();
        Totals totals = new Totals(units.size(),
                units.stream().filter(u -> u.filedAt() != null).count(),
                units.stream().filter(u -> u.status().equals("zero_report")).count(),
                units.stream().filter(u -> u.status().equals("missing")).count(),
                units.stream().mapToLong(u -> u.disputeIds().size()).sum());
        return new CampaignSummary(campaign.id(), campaign.kind(), campaign.topic(), campaign.scope(),
                campaign.periodStart(), campaign.periodEnd(), campaign.returnsDue(), passed, units, totals,
                campaign.createdAt(), campaign.createdBy());
    }
}

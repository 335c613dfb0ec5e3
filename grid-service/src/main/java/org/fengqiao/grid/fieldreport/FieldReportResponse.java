package org.fengqiao.grid.fieldreport;

import java.time.Instant;

/** A field report as the worker and the township see it, with where it stands. */
record FieldReportResponse(
        String id,
        String clientReportId,
        FieldReportType type,
        String title,
        String description,
        String gridCode,
        String jurisdiction,
        Double latitude,
        Double longitude,
        LocationCheck locationCheck,
        Instant occurredAt,
        Urgency urgency,
        int peopleInvolved,
        boolean handledOnSpot,
        String result,
        FieldReportStatus status,
        String caseReference,
        String reporter,
        String reporterName,
        Instant submittedAt,
        Instant dueAt,
        Instant escalatedAt,
        Handling handling) {

    static FieldReportResponse of(FieldReport report) {
        return new FieldReportResponse(report.id(), report.clientReportId(), report.type(), report.title(),
                report.description(), report.gridCode(), report.jurisdiction(), report.latitude(), report.longitude(),
                report.locationCheck(), report.occurredAt(), report.urgency(), report.peopleInvolved(),
                report.handledOnSpot(), report.result(), report.status(), report.caseReference(), report.reporter(),
                report.reporterName(), report.submittedAt(), report.dueAt(), report.escalatedAt(), report.handling());
    }
}

package org.fengqiao.grid.fieldreport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one item of a batch.
 *
 * @param index          position of the item in the request (results come back in request order)
 * @param clientReportId the phone's id, when the item had a readable one
 * @param outcome        {@code created}, {@code duplicate} (stored by an earlier sync: nothing changed) or
 *                       {@code rejected}
 * @param reportId       the stored report's id, for created and duplicate
 * @param status         the stored report's status, for created and duplicate
 * @param reason         why it was rejected: {@code invalid}, {@code outside_jurisdiction}, {@code not_assigned_grid},
 *                       {@code worker_inactive}, {@code unknown_grid},
 *                       {@code outside_grid_boundary}
 * @param detail         the rejection explained (Chinese)
 * @param errors         the fields at fault, for {@code invalid}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record BatchItemResult(int index, String clientReportId, String outcome, String reportId, FieldReportStatus status,
                       String reason, String detail, List<FieldProblem> errors) {

    static BatchItemResult of(int index, String clientReportId, FieldReportIntake.Outcome outcome) {
        if (outcome.rejection() != null) {
            return rejected(index, clientReportId, outcome.rejection());
        }
        FieldReport report = outcome.report();
        return new BatchItemResult(index, clientReportId, outcome.created() != null ? "created" : "duplicate",
                report.id(), report.status(), null, null, List.of());
    }

    static BatchItemResult rejected(int index, String clientReportId, Rejection rejection) {
        return new BatchItemResult(index, clientReportId, "rejected", null, null, rejection.reason(),
                rejection.detail(), rejection.errors());
    }
}

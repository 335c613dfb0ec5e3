package org.fengqiao.grid.fieldreport;

import java.util.List;

/** The answer to an offline-sync batch: counts, then one result per item in request order. */
record BatchResponse(int received, long created, long duplicates, long rejected, List<BatchItemResult> results) {

    static BatchResponse of(List<BatchItemResult> results) {
        return new BatchResponse(results.size(), count(results, "created"), count(results, "duplicate"),
                count(results, "rejected"), results);
    }

    private static long count(List<BatchItemResult> results, String outcome) {
        return results.stream().filter(result -> result.outcome().equals(outcome)).count();
    }
}

package org.fengqiao.grid.jurisdiction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to a CSV import: counts, then one result per data row in file order.
 *
 * @param results each row: its line, code, {@code created} / {@code updated} / {@code unchanged} / {@code rejected}
 *                and, when rejected, the reason ({@code invalid_row}, {@code invalid_code}, {@code invalid_name},
 *                {@code parent_mismatch}, {@code unknown_parent}, {@code outside_jurisdiction}, {@code conflict})
 */
record ImportResult(int received, long created, long updated, long unchanged, long rejected, List<Row> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(int line, String code, String outcome, String reason, String detail) {

        static Row done(int line, String code, String outcome) {
            return new Row(line, code, outcome, null, null);
        }

        static Row rejected(int line, String code, String reason, String detail) {
            return new Row(line, code, "rejected", reason, detail);
        }
    }

    static ImportResult of(List<Row> rows) {
        return new ImportResult(rows.size(), count(rows, "created"), count(rows, "updated"), count(rows, "unchanged"),
                count(rows, "rejected"), rows);
    }

    private static long count(List<Row> rows, String outcome) {
        return rows.stream().filter(row -> row.outcome().equals(outcome)).count();
    }
}

package org.fengqiao.grid.fieldreport;

/** One thing wrong with a field of a report: the same shape as the platform's {@code errors} entries. */
record FieldProblem(String field, String message) {
}

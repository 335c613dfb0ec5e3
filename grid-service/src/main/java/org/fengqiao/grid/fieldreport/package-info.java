/**
 * Field reports (事件上报) by grid workers: the single endpoint, offline-sync batches (idempotent per reporter and
 * client id, per-item results, device-time order), the checks (fields, jurisdiction, grid, boundary with a
 * reject-or-flag policy), reading within the caller's jurisdiction, and {@code field-report.submitted} once per
 * accepted report through the outbox.
 */
package org.fengqiao.grid.fieldreport;

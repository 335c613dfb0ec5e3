/**
 * Field reports (事件上报) by grid workers: the single endpoint, offline-sync batches (idempotent per reporter and
 * client id, per-item results, device-time order), the checks (fields, jurisdiction, grid, boundary with a
 * reject-or-flag policy), reading within the caller's jurisdiction, and {@code field-report.submitted} once per
 * accepted report through the outbox; the township's queue (deadline by urgency, handling fed back to the worker,
 * {@code field-report.escalated} once when overdue); photos (whitelist 415, size limit 413, SHA-256 identity); the case reference
 * ({@code dispute:<id>}) from mediation-service's {@code dispute.opened}, set once.
 */
package org.fengqiao.grid.fieldreport;

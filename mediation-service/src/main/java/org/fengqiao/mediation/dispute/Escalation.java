package org.fengqiao.mediation.dispute;

import java.time.Instant;

/** 上报: one move of a dispute one tier up, with its cause ({@code failed} or {@code overdue}) and reason. */
record Escalation(Tier from, Tier to, String cause, String reason, Instant at) {
}

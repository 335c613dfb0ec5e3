package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.List;

/** One dispute on a three-level meeting's agenda, with why it is there (unit names when known). */
record AgendaItem(String disputeId, String summary, DisputeType type, String jurisdiction, String jurisdictionName,
                  Tier tier, String handlingUnit, String handlingUnitName, DisputeState state, int riskGrade, Instant openedAt, long ageDays,
                  List<String> why) {
}

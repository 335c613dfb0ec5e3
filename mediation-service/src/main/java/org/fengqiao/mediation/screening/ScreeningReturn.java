package org.fengqiao.mediation.screening;

import java.time.Instant;
import java.util.List;

/** 排查报表: one unit's return, a zero report or the disputes it found (their ids). */
record ScreeningReturn(String unit, boolean zeroReport, List<String> disputeIds, String notes, Instant filedAt,
                       String filedBy) {
}

package org.fengqiao.mediation.dispute;

import java.time.Instant;

/** 分流: where the dispute went, why and when. */
record Diversion(DiversionChannel channel, String reason, Instant at) {
}

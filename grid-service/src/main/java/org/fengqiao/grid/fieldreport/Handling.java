package org.fengqiao.grid.fieldreport;

import java.time.Instant;

/** 处置结果: what the township did about a queued report. */
record Handling(String result, String handledBy, String handledByName, Instant handledAt) {
}

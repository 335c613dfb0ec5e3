package org.fengqiao.petition.workorder;

import java.time.Instant;

/** 延期申请 waiting for the dispatcher's decision. */
record PendingExtension(int workingDays, String reason, Instant requestedAt, String requestedBy) {
}

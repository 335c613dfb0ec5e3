package org.fengqiao.petition.petition;

import java.time.Instant;

/**
 * 包案领导: the leader who owns a petition until it is resolved.
 *
 * @param name       the leader's name, e.g. 王某某
 * @param unit       the leader's unit or office, as written, e.g. 枫桥镇人民政府 or 330681101
 * @param assignedAt when the leader was named
 * @param assignedBy who named the leader (subject)
 */
record OwningLeader(String name, String unit, Instant assignedAt, String assignedBy) {
}

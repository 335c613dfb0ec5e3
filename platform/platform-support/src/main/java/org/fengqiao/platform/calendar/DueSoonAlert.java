package org.fengqiao.platform.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * When a "due soon" (即将到期) threshold fires for one deadline.
 *
 * @param threshold the time left before the deadline at which to warn
 * @param firesAt the deadline minus the threshold
 */
public record DueSoonAlert(Duration threshold, Instant firesAt) {
}

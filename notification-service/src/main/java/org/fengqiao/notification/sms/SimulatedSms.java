package org.fengqiao.notification.sms;

import java.time.Instant;

/** A message the simulator received: what the citizen's phone would show. */
record SimulatedSms(String id, String to, String text, String reference, Instant receivedAt) {
}

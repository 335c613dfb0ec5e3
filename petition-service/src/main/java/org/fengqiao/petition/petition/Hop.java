package org.fengqiao.petition.petition;

import java.time.Instant;

/** One move of a petition between units: {@code assigned}, {@code returned} or {@code escalated}. */
record Hop(Instant at, String kind, String from, String to, String by, String note) {
}

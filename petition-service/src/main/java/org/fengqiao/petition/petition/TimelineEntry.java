package org.fengqiao.petition.petition;

import java.time.Instant;

/**
 * One step of a petition's history.
 *
 * @param action the event name without its {@code petition.} prefix, e.g. {@code assigned}
 * @param from   state before, {@code null} for the first step
 * @param to     state after
 * @param note   reason, instructions or reply, or {@code null}
 */
record TimelineEntry(Instant at, String by, String byName, String action, PetitionState from, PetitionState to,
                     String note) {
}

package org.fengqiao.petition.workorder;

import java.time.Instant;

/**
 * One step of a work order's history.
 *
 * @param at     when
 * @param by     subject of the user or system that made it
 * @param byName display name of that user
 * @param action what happened, the event name without its {@code work-order.} prefix, e.g. {@code dispatched}
 * @param from   state before, {@code null} for the first step
 * @param to     state after
 * @param note   reason, instructions or reply text, or {@code null}
 */
record TimelineEntry(Instant at, String by, String byName, String action, WorkOrderState from, WorkOrderState to,
                     String note) {
}

package org.fengqiao.mediation.dispute;

import java.time.Instant;

/**
 * One line of a dispute's history as people read it.
 *
 * @param at     when
 * @param action what happened, e.g. {@code reopened}, {@code term_breached}, {@code parties_classified}
 * @param note   the details, in Chinese
 * @param by     who did it (subject) where recorded; {@code null} when the service did it on its own, on an
 *               event, or as part of another step
 */
record TimelineEntry(Instant at, String action, String note, String by) {
}

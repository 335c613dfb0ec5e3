/**
 * 回访: return visits created from the events of other services (an approved work-order review, a petition reply,
 * a mediation agreement), queued for the surveyors of the case's jurisdiction with a due date, and their outcome.
 * A call that does not reach the citizen reschedules the visit to the next working day until the attempts run out
 * (then the visit ends as unreachable). The citizen may instead answer through a one-time, expiring self-service
 * rating link ({@code /api/public/ratings/{token}}, only its hash is stored), which records the outcome through
 * the same path.
 *
 * <p>Owns the collections {@code return_visits}, {@code return_visit_cases} (who to call, from earlier case
 * events) and {@code return_visit_units} (unit names from {@code jurisdiction.changed}); publishes
 * {@code return-visit.scheduled} once per new visit (with the link, for the citizen's SMS),
 * {@code return-visit.completed} once when a visit ends (reached, or unreachable after the last attempt; a missed
 * call that reschedules publishes nothing) and, for a substantive dissatisfaction, {@code return-visit.dissatisfied},
 * which sends the case back to its owner.
 */
package org.fengqiao.survey.returnvisit;

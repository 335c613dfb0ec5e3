/**
 * 回访: return visits created from the events of other services (so far: an approved work-order review), queued
 * for the surveyors of the case's jurisdiction with a due date, and their outcome. Owns the collection
 * {@code return_visits}; publishes {@code return-visit.completed} and, for a substantive dissatisfaction,
 * {@code return-visit.dissatisfied}, which sends the case back to its owner.
 */
package org.fengqiao.survey.returnvisit;

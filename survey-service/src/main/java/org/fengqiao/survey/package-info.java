/**
 * survey-service: return visits (回访), evaluation campaigns and the county KPIs. Owns the
 * {@code survey} database; publishes {@code survey.events.v1}.
 */
package org.fengqiao.survey;

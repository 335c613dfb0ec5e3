/**
 * 县级考核指标 (KPIs): a read model built only from other services' events. A listener folds the events of each
 * case into one fact document per case ({@code kpi_petitions}, {@code kpi_work_orders}, {@code kpi_disputes}, {@code kpi_return_visits}),
 * keyed by the case so a replay overwrites instead of counting twice; the figures per jurisdiction subtree and
 * period (month, quarter, year) are computed from the facts when asked. An admin can drop the facts and re-read
 * every topic from the beginning ({@code POST /api/kpis/rebuild}).
 */
package org.fengqiao.survey.kpi;

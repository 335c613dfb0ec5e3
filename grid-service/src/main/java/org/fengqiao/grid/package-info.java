/**
 * grid-service: the jurisdiction tree ({@code jurisdiction}), field reports (事件上报) with offline sync, the
 * township's queue and photos ({@code fieldreport}), patrols ({@code patrol}) and grid KPIs ({@code kpi}).
 * Owns the {@code grid} database; publishes {@code grid.events.v1}.
 */
package org.fengqiao.grid;

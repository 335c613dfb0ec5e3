/**
 * grid-service: the jurisdiction tree, grids and grid workers, field reports (事件上报) and patrols.
 * Owns the {@code grid} database; publishes {@code grid.events.v1}.
 */
package org.fengqiao.grid;

/**
 * Patrols (巡查) and household visits (走访) by grid workers, with batched GPS points, and the overdue check: a grid
 * without a completed patrol for {@code fengqiao.grid.patrols.overdue-after} (7 days) raises
 * {@code grid.patrol-overdue} once per lapse, through the outbox of its {@code patrol_watch} document.
 */
package org.fengqiao.grid.patrol;

package org.fengqiao.grid.kpi;

/**
 * One unit's figures for a period.
 *
 * @param code               the unit (township, village or grid code: one tier below the requested one)
 * @param reports            field reports submitted
 * @param reporters          distinct workers who reported
 * @param reportsPerReporter discovery: reports per reporting worker
 * @param closedOnSpot       settled on the spot
 * @param forwarded          handed to mediation or petitions
 * @param handled            handled by the township
 * @param escalated          escalated and not yet handled
 * @param awaiting           still in the township's queue
 * @param handlingRate       (closed on the spot + forwarded + handled) / reports, or {@code null} without reports
 * @param onTimeRate         handled by the deadline / reports that had one, or {@code null}
 * @param patrols            completed patrols
 * @param grids              grids in the unit
 * @param patrolledGrids     grids with at least one completed patrol
 * @param patrolCoverage     patrolled grids / grids, or {@code null} without grids
 */
record UnitKpis(String code, long reports, long reporters, Double reportsPerReporter, long closedOnSpot,
                long forwarded, long handled, long escalated, long awaiting, Double handlingRate, Double onTimeRate,
                long patrols, long grids, long patrolledGrids, Double patrolCoverage) {
}

package org.fengqiao.events.grid.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 上报上级网格平台: a field report waiting in the township's queue (a hazard or another report neither settled on
 * the spot nor handed to mediation or petitions) was not handled by its deadline and is escalated to the county's
 * grid platform. Published once per report.
 *
 * @param reportId     grid-service's id of the report, also the event key
 * @param type         the report type, e.g. {@code safety_hazard}
 * @param title        the report's title
 * @param gridCode     the grid it was filed in
 * @param jurisdiction the village code that owns the grid
 * @param township     the township whose queue it missed the deadline in
 * @param urgency      {@code normal} or {@code urgent}
 * @param submittedAt  when grid-service accepted the report
 * @param dueAt        the deadline that passed
 * @param escalatedTo  the division it is escalated to (the county code)
 * @param escalatedAt  when grid-service escalated it
 */
@EventType(value = "field-report.escalated", version = 1, topic = Topics.GRID)
public record FieldReportEscalated(
        String reportId,
        String type,
        String title,
        String gridCode,
        String jurisdiction,
        String township,
        String urgency,
        Instant submittedAt,
        Instant dueAt,
        String escalatedTo,
        Instant escalatedAt) {
}

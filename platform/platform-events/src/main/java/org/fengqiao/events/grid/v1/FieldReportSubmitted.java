package org.fengqiao.events.grid.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * 事件上报: a grid worker's field report was accepted by grid-service (once per report, however often
 * the phone resent it). Dispute signs open a dispute in mediation-service; petition signs a petition in
 * petition-service.
 *
 * @param reportId       grid-service's id of the report, also the event key
 * @param clientReportId the id the worker's phone generated (the offline-sync idempotency key)
 * @param type           {@code information}, {@code public_order}, {@code dispute_sign}, {@code safety_hazard},
 *                       {@code petition_sign}, {@code environment} or {@code infrastructure}
 * @param title          short title as the worker typed it
 * @param description    what the worker saw
 * @param gridCode       the grid (14-digit code) the report was filed in
 * @param jurisdiction   the village code that owns the grid
 * @param latitude       WGS-84 latitude, or {@code null} when the phone had no fix
 * @param longitude      WGS-84 longitude, or {@code null}
 * @param occurredAt     when it happened, by the phone's clock
 * @param urgency        {@code normal} or {@code urgent}
 * @param peopleInvolved how many people are involved (0 when unknown)
 * @param reporter       the grid worker's subject
 * @param reporterName   the grid worker's display name
 * @param handledOnSpot  whether the worker settled it on the spot (就地处置)
 * @param result         the on-the-spot result, or {@code null}
 * @param submittedAt    when grid-service accepted it
 */
@EventType(value = "field-report.submitted", version = 1, topic = Topics.GRID)
public record FieldReportSubmitted(
        String reportId,
        String clientReportId,
        String type,
        String title,
        String description,
        String gridCode,
        String jurisdiction,
        Double latitude,
        Double longitude,
        Instant occurredAt,
        String urgency,
        int peopleInvolved,
        String reporter,
        String reporterName,
        boolean handledOnSpot,
        String result,
        Instant submittedAt) {
}

package org.fengqiao.events.grid.v1;

import java.time.Instant;

import org.fengqiao.events.EventType;
import org.fengqiao.events.Topics;

/**
 * A division of the jurisdiction tree (county, township, village or grid) was created or changed in grid-service,
 * the owner of the tree. Other services keep a local read model (names, tiers, parents) from these events instead
 * of calling grid-service on their request paths; replaying {@code grid.events.v1} from the beginning rebuilds it
 * (the seeded demo county is announced too). Keyed by the division code, so one division's changes stay in order;
 * a consumer keeps the highest {@code revision} per code.
 *
 * @param code           the division code (6, 9, 12 or 14 digits), also the event key
 * @param name           display name, e.g. {@code 枫源村第1网格}
 * @param tier           {@code county}, {@code township}, {@code village} or {@code grid}
 * @param parentCode     the enclosing division's code, {@code null} for a county
 * @param centreLatitude WGS-84 latitude of the centre point, or {@code null}
 * @param centreLongitude WGS-84 longitude of the centre point, or {@code null}
 * @param hasBoundary    whether a boundary polygon is drawn (the polygon itself stays in grid-service)
 * @param change         {@code created} or {@code updated}
 * @param revision       0 when created, +1 with every change
 * @param changedBy      who changed it (an admin's subject, or {@code system} for the seed)
 * @param changedAt      when grid-service stored the change
 */
@EventType(value = "jurisdiction.changed", version = 1, topic = Topics.GRID)
public record JurisdictionChanged(
        String code,
        String name,
        String tier,
        String parentCode,
        Double centreLatitude,
        Double centreLongitude,
        boolean hasBoundary,
        String change,
        long revision,
        String changedBy,
        Instant changedAt) {
}

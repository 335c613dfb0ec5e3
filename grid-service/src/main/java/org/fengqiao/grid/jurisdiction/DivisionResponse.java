package org.fengqiao.grid.jurisdiction;

import java.time.Instant;

/** A division as readers see it. */
record DivisionResponse(String code, String name, Tier tier, String parentCode, Boundary boundary, GeoPoint centre,
                        long revision, Instant updatedAt) {

    static DivisionResponse of(Division division) {
        return new DivisionResponse(division.code(), division.name(), division.tier(), division.parentCode(),
                division.boundary(), division.centre(), division.version() == null ? 0 : division.version(),
                division.updatedAt());
    }
}

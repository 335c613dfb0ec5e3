package org.fengqiao.grid.jurisdiction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create (with {@code code}) or change (the code is in the path) a division.
 *
 * @param code     the division code, for creation only
 * @param name     display name
 * @param boundary GeoJSON polygon, optional
 * @param centre   centre point, optional
 */
record DivisionRequest(
        String code,
        @NotBlank @Size(max = 50) String name,
        Boundary boundary,
        @Valid CentreRequest centre) {
}

package org.fengqiao.petition.petition;

import org.fengqiao.platform.security.Jurisdiction;

/**
 * A unit that can hold a petition: a division's own office ({@code 330681101}) or one of its departments
 * ({@code 330681:gtj}).
 *
 * @param jurisdiction the division code the unit belongs to
 * @param department   the department code, or {@code null}
 */
record Unit(String jurisdiction, String department) {

    static Unit of(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? new Unit(code, null) : new Unit(code.substring(0, colon), code.substring(colon + 1));
    }

    String code() {
        return department == null ? jurisdiction : jurisdiction + ":" + department;
    }

    Jurisdiction division() {
        return Jurisdiction.of(jurisdiction);
    }

    /** One tier up: a department's division office, or the parent division; empty for the county office. */
    java.util.Optional<Unit> upper() {
        if (department != null) {
            return java.util.Optional.of(new Unit(jurisdiction, null));
        }
        return division().parent().map(parent -> new Unit(parent.code(), null));
    }
}

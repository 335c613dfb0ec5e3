package org.fengqiao.petition.workorder;

import org.fengqiao.platform.security.Jurisdiction;

/**
 * A unit that can hold a work order: a township (its division code) or a department of a county or township
 * (the division code plus a department code, e.g. {@code 330681:zjj} for the county's 住建局).
 *
 * @param jurisdiction the division code the unit belongs to
 * @param department   the department code, or {@code null} for the division's own office
 */
record Unit(String jurisdiction, String department) {

    /** The unit code events and responses carry: {@code 330681101} or {@code 330681:zjj}. */
    String code() {
        return department == null ? jurisdiction : jurisdiction + ":" + department;
    }

    Jurisdiction division() {
        return Jurisdiction.of(jurisdiction);
    }
}

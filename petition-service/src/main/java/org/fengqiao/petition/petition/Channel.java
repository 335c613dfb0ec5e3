package org.fengqiao.petition.petition;

/** How a petition came in. */
enum Channel {
    /** 来信 */
    letter,
    /** 来访, possibly a batch with a head count */
    visit,
    /** 网上信访 */
    online,
    /** 来电 */
    phone,
    /** 领导接访日 */
    leader_reception,
    /** 12345 转办 */
    hotline_transfer,
    /** 网格信访苗头 (grid-service) */
    grid_report,
    /** 调解分流 (mediation-service) */
    mediation_diversion;

    /** The citizen chose where to file: only then can filing too high be 越级. */
    boolean citizenChoseTheTier() {
        return this == letter || this == visit || this == online || this == phone || this == leader_reception;
    }
}

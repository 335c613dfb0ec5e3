package org.fengqiao.mediation.dispute;

import java.util.Optional;

import org.fengqiao.platform.security.Jurisdiction;

/**
 * The mediation tiers, lowest first: 村民小组 (villager group: its party branch, working under the village, so its unit
 * is the village), 村 (village), 镇 (township), 县 (county).
 */
enum Tier {
    villager_group("村民小组", 12),
    village("村级", 12),
    township("镇级", 9),
    county("县级", 6);

    private final String label;
    private final int codeLength;

    Tier(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    /** The lowest tier competent for a place: a grid's or village's dispute starts at the village. */
    static Tier of(Jurisdiction place) {
        return switch (place.tier()) {
            case GRID, VILLAGE -> village;
            case TOWNSHIP -> township;
            case COUNTY -> county;
        };
    }

    /** Where a dispute starts: at the villager group when one is named for a village's (or grid's) dispute. */
    static Tier start(Jurisdiction place, String villagerGroup) {
        Tier lowest = of(place);
        return lowest == village && villagerGroup != null && !villagerGroup.isBlank() ? villager_group : lowest;
    }

    Optional<Tier> next() {
        return switch (this) {
            case villager_group -> Optional.of(village);
            case village -> Optional.of(township);
            case township -> Optional.of(county);
            case county -> Optional.empty();
        };
    }

    /** The division code of this tier's unit for a place, e.g. the township of a village. */
    String unitOf(String placeCode) {
        return placeCode.substring(0, codeLength);
    }

    String label() {
        return label;
    }
}

package org.fengqiao.grid.jurisdiction;

import org.fengqiao.platform.security.Jurisdiction;

/** The tier of a division, named as in the API and the events. */
public enum Tier {
    county, township, village, grid;

    static Tier of(Jurisdiction code) {
        return switch (code.tier()) {
            case COUNTY -> county;
            case TOWNSHIP -> township;
            case VILLAGE -> village;
            case GRID -> grid;
        };
    }
}

package org.fengqiao.grid.jurisdiction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;

/**
 * The demo county of CONVENTIONS.md (诸暨市 330681, three townships of three villages, two grids each) with
 * rectangular boundaries near 29.7°N 120.4°E: townships are rows 0.05° of latitude apart, villages columns 0.05° of
 * longitude apart, each village 0.04° × 0.04° split into a western grid 01 and an eastern grid 02. Demo data, not
 * real boundaries.
 */
final class DemoCounty {

    static final String COUNTY = "330681";

    /** Who the seed's divisions are announced as changed by. */
    static final String SEEDED_BY = "system";

    private static final double SOUTH = 29.70;
    private static final double WEST = 120.41;
    private static final double STEP = 0.05;
    private static final double SIZE = 0.04;

    private static final String[][] TOWNSHIPS = {
            { "330681101", "枫桥镇", "枫源村", "陈家村", "新择村" },
            { "330681102", "赵家镇", "赵家村", "宣家山村", "泉畈村" },
            { "330681103", "东白湖镇", "斯宅村", "上京村", "东溪村" } };

    private DemoCounty() {
    }

    /** Every division, parents before children. */
    static List<Division> divisions(Instant now) {
        List<Division> divisions = new ArrayList<>();
        double north = SOUTH + STEP * (TOWNSHIPS.length - 1) + SIZE;
        double east = WEST + STEP * 2 + SIZE;
        divisions.add(division(COUNTY, "诸暨市", SOUTH, WEST, north, east, now));
        for (int t = 0; t < TOWNSHIPS.length; t++) {
            String township = TOWNSHIPS[t][0];
            double south = SOUTH + STEP * t;
            divisions.add(division(township, TOWNSHIPS[t][1], south, WEST, south + SIZE, east, now));
            for (int v = 0; v < 3; v++) {
                String village = township + "20" + (v + 1);
                String villageName = TOWNSHIPS[t][2 + v];
                double west = WEST + STEP * v;
                divisions.add(division(village, villageName, south, west, south + SIZE, west + SIZE, now));
                for (int g = 0; g < 2; g++) {
                    double gridWest = west + SIZE / 2 * g;
                    divisions.add(division(village + "0" + (g + 1), villageName + "第" + (g + 1) + "网格", south,
                            gridWest, south + SIZE, gridWest + SIZE / 2, now));
                }
            }
        }
        return divisions;
    }

    private static Division division(String code, String name, double south, double west, double north, double east,
                                     Instant now) {
        return Division.create(Jurisdiction.of(code), name, Boundary.rectangle(south, west, north, east),
                new GeoPoint(round((south + north) / 2), round((west + east) / 2)), SEEDED_BY, now);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}

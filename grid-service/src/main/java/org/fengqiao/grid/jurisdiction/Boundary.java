package org.fengqiao.grid.jurisdiction;

import java.util.ArrayList;
import java.util.List;

/**
 * A division's boundary as a GeoJSON {@code Polygon}: the first ring is the outline, any further rings are holes;
 * positions are {@code [longitude, latitude]} (WGS-84) and each ring is closed. The store cannot answer geo
 * queries, so containment is computed here.
 *
 * @param type        always {@code Polygon}
 * @param coordinates the rings
 */
public record Boundary(String type, List<List<List<Double>>> coordinates) {

    static final String POLYGON = "Polygon";

    /** Degrees: a point this close to an edge counts as on it (about 1 m), so GPS noise on a border is inside. */
    private static final double EDGE_TOLERANCE = 1e-5;

    /** An axis-aligned rectangle, as the demo county's boundaries are drawn. */
    public static Boundary rectangle(double south, double west, double north, double east) {
        return new Boundary(POLYGON, List.of(List.of(
                List.of(west, south), List.of(east, south), List.of(east, north), List.of(west, north),
                List.of(west, south))));
    }

    /** What is wrong with this boundary as GeoJSON, in Chinese; empty when it is a valid polygon. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!POLYGON.equals(type)) {
            problems.add("边界的 type 必须为 Polygon");
        }
        if (coordinates == null || coordinates.isEmpty()) {
            problems.add("边界至少需要一个外环");
            return problems;
        }
        for (int r = 0; r < coordinates.size(); r++) {
            List<List<Double>> ring = coordinates.get(r);
            if (ring == null || ring.size() < 4) {
                problems.add("第 " + (r + 1) + " 个环至少需要 4 个坐标点（首尾相同）");
                continue;
            }
            for (List<Double> position : ring) {
                if (position == null || position.size() < 2 || position.get(0) == null || position.get(1) == null
                        || Math.abs(position.get(0)) > 180 || Math.abs(position.get(1)) > 90) {
                    problems.add("第 " + (r + 1) + " 个环含有无效坐标（应为 [经度, 纬度]）");
                    break;
                }
            }
            if (problems.isEmpty() && !ring.get(0).equals(ring.get(ring.size() - 1))) {
                problems.add("第 " + (r + 1) + " 个环未闭合（首尾坐标须相同）");
            }
        }
        return problems;
    }

    /** Whether the point lies inside the outline and not inside a hole; points on an edge are inside. */
    public boolean contains(double latitude, double longitude) {
        if (coordinates == null || coordinates.isEmpty()) {
            return false;
        }
        if (position(coordinates.get(0), longitude, latitude) == Position.OUTSIDE) {
            return false;
        }
        for (int hole = 1; hole < coordinates.size(); hole++) {
            if (position(coordinates.get(hole), longitude, latitude) == Position.INSIDE) {
                return false;
            }
        }
        return true;
    }

    private enum Position { INSIDE, EDGE, OUTSIDE }

    // Ray casting towards +x; an edge test first so border points do not depend on floating-point luck.
    private static Position position(List<List<Double>> ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double xi = ring.get(i).get(0);
            double yi = ring.get(i).get(1);
            double xj = ring.get(j).get(0);
            double yj = ring.get(j).get(1);
            if (onSegment(x, y, xi, yi, xj, yj)) {
                return Position.EDGE;
            }
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside ? Position.INSIDE : Position.OUTSIDE;
    }

    private static boolean onSegment(double x, double y, double x1, double y1, double x2, double y2) {
        if (x < Math.min(x1, x2) - EDGE_TOLERANCE || x > Math.max(x1, x2) + EDGE_TOLERANCE
                || y < Math.min(y1, y2) - EDGE_TOLERANCE || y > Math.max(y1, y2) + EDGE_TOLERANCE) {
            return false;
        }
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length == 0) {
            return Math.hypot(x - x1, y - y1) <= EDGE_TOLERANCE;
        }
        double distance = Math.abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length;
        return distance <= EDGE_TOLERANCE;
    }
}

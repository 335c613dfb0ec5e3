package org.fengqiao.grid.jurisdiction;

/** A WGS-84 point, e.g. a division's centre. */
public record GeoPoint(double latitude, double longitude) {
}

package org.fengqiao.grid.jurisdiction;

/**
 * A grid as other features of grid-service need it.
 *
 * @param code     14-digit grid code
 * @param name     display name
 * @param boundary its polygon, or {@code null} when none was drawn
 */
public record GridArea(String code, String name, Boundary boundary) {
}

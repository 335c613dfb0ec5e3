/**
 * The jurisdiction tree (county → township → village → grid): codes, names, tiers, optional GeoJSON boundary and
 * centre, seeded with the demo county. {@link org.fengqiao.grid.jurisdiction.Grids} is what the other features of
 * grid-service use; point-in-polygon is computed in {@link org.fengqiao.grid.jurisdiction.Boundary} (the store has
 * no geo queries).
 */
package org.fengqiao.grid.jurisdiction;

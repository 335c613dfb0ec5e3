package org.fengqiao.grid.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoundaryTest {

    private final Boundary square = Boundary.rectangle(29.70, 120.41, 29.74, 120.43);

    @Test
    void aPointInsideTheRectangleIsInsideAndOneBesideItIsNot() {
        assertThat(square.contains(29.7152, 120.4231)).isTrue();
        assertThat(square.contains(29.7152, 120.4412)).isFalse();
        assertThat(square.contains(29.75, 120.42)).isFalse();
    }

    @Test
    void aPointOnTheBorderCountsAsInside() {
        assertThat(square.contains(29.70, 120.42)).isTrue();
        assertThat(square.contains(29.74, 120.43)).isTrue();
    }

    @Test
    void aConcavePolygonExcludesItsNotch() {
        // An L shape: the north-east quarter is cut away.
        Boundary shape = new Boundary("Polygon", List.of(List.of(List.of(0.0, 0.0), List.of(2.0, 0.0),
                List.of(2.0, 1.0), List.of(1.0, 1.0), List.of(1.0, 2.0), List.of(0.0, 2.0), List.of(0.0, 0.0))));

        assertThat(shape.contains(0.5, 1.5)).isTrue();
        assertThat(shape.contains(1.5, 0.5)).isTrue();
        assertThat(shape.contains(1.5, 1.5)).isFalse();
    }

    @Test
    void aHoleIsOutside() {
        Boundary withHole = new Boundary("Polygon", List.of(
                List.of(List.of(0.0, 0.0), List.of(4.0, 0.0), List.of(4.0, 4.0), List.of(0.0, 4.0), List.of(0.0, 0.0)),
                List.of(List.of(1.0, 1.0), List.of(3.0, 1.0), List.of(3.0, 3.0), List.of(1.0, 3.0), List.of(1.0, 1.0))));

        assertThat(withHole.contains(2.0, 2.0)).isFalse();
        assertThat(withHole.contains(0.5, 0.5)).isTrue();
    }

    @Test
    void malformedGeoJsonIsExplained() {
        assertThat(square.problems()).isEmpty();
        assertThat(new Boundary("Point", List.of()).problems()).hasSize(2);
        assertThat(new Boundary("Polygon", List.of(List.of(List.of(0.0, 0.0), List.of(1.0, 0.0), List.of(1.0, 1.0),
                List.of(0.0, 1.0)))).problems()).singleElement().asString().contains("未闭合");
        assertThat(new Boundary("Polygon", List.of(List.of(List.of(0.0, 0.0), List.of(1.0, 95.0), List.of(1.0, 1.0),
                List.of(0.0, 0.0)))).problems()).singleElement().asString().contains("无效坐标");
    }
}

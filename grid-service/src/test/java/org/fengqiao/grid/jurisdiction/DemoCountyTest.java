package org.fengqiao.grid.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoCountyTest {

    private final List<Division> divisions = DemoCounty.divisions(Instant.parse("2026-11-22T00:00:00Z"));
    private final Map<String, Division> byCode = divisions.stream()
            .collect(Collectors.toMap(Division::code, Function.identity()));

    @Test
    void theCountyHasThreeTownshipsNineVillagesAndTwoGridsInEachVillage() {
        assertThat(divisions).hasSize(1 + 3 + 9 + 18);
        assertThat(divisions.stream().filter(d -> d.tier() == Tier.village))
                .allSatisfy(village -> assertThat(divisions.stream()
                        .filter(d -> village.code().equals(d.parentCode()))).hasSize(2));
        assertThat(byCode.get("33068110120101").name()).isEqualTo("枫源村第1网格");
        assertThat(byCode.get("330681102202").name()).isEqualTo("宣家山村");
        assertThat(byCode.get("330681103").parentCode()).isEqualTo("330681");
    }

    @Test
    void everyGridLiesInsideItsVillageAndItsCentreInsideItself() {
        divisions.stream().filter(d -> d.tier() != Tier.county).forEach(division -> {
            GeoPoint centre = division.centre();
            assertThat(division.boundary().contains(centre.latitude(), centre.longitude())).isTrue();
            assertThat(byCode.get(division.parentCode()).boundary().contains(centre.latitude(), centre.longitude()))
                    .as(division.code()).isTrue();
        });
    }

    @Test
    void theGoldenSamplesPositionLiesInFengyuanGridOne() {
        assertThat(byCode.get("33068110120101").boundary().contains(29.7152, 120.4231)).isTrue();
        assertThat(byCode.get("33068110120102").boundary().contains(29.7152, 120.4231)).isFalse();
    }
}

package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

class JurisdictionTest {

    private static final Jurisdiction COUNTY = Jurisdiction.of("330681");
    private static final Jurisdiction FENGQIAO = Jurisdiction.of("330681101");
    private static final Jurisdiction ZHAOJIA = Jurisdiction.of("330681102");
    private static final Jurisdiction FENGYUAN = Jurisdiction.of("330681101201");
    private static final Jurisdiction CHENJIA = Jurisdiction.of("330681101202");
    private static final Jurisdiction FENGYUAN_GRID = Jurisdiction.of("33068110120101");

    @Test
    void eachTierContainsTheTiersBelowIt() {
        assertThat(COUNTY.contains(FENGQIAO)).isTrue();
        assertThat(FENGQIAO.contains(FENGYUAN)).isTrue();
        assertThat(FENGYUAN.contains(FENGYUAN_GRID)).isTrue();
        assertThat(COUNTY.contains(FENGYUAN_GRID)).isTrue();
    }

    @Test
    void aJurisdictionContainsItself() {
        assertThat(FENGQIAO.contains(Jurisdiction.of("330681101"))).isTrue();
    }

    @Test
    void siblingsDoNotContainEachOther() {
        assertThat(FENGQIAO.contains(ZHAOJIA)).isFalse();
        assertThat(ZHAOJIA.contains(FENGQIAO)).isFalse();
        assertThat(FENGYUAN.contains(CHENJIA)).isFalse();
        assertThat(ZHAOJIA.contains(FENGYUAN)).isFalse();
    }

    @Test
    void aLowerTierDoesNotContainItsParent() {
        assertThat(FENGYUAN.contains(FENGQIAO)).isFalse();
        assertThat(FENGQIAO.contains(COUNTY)).isFalse();
        assertThat(FENGYUAN_GRID.contains(FENGYUAN)).isFalse();
    }

    @Test
    void tierFollowsTheCodeLength() {
        assertThat(COUNTY.tier()).isEqualTo(Jurisdiction.Tier.COUNTY);
        assertThat(FENGQIAO.tier()).isEqualTo(Jurisdiction.Tier.TOWNSHIP);
        assertThat(FENGYUAN.tier()).isEqualTo(Jurisdiction.Tier.VILLAGE);
        assertThat(FENGYUAN_GRID.tier()).isEqualTo(Jurisdiction.Tier.GRID);
    }

    @Test
    void parentIsOneTierUp() {
        assertThat(FENGYUAN_GRID.parent()).contains(FENGYUAN);
        assertThat(FENGYUAN.parent()).contains(FENGQIAO);
        assertThat(FENGQIAO.parent()).contains(COUNTY);
        assertThat(COUNTY.parent()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "33068a", "abcdef", "33068", "3306811", "33068110", "3306811012", "33068110120",
            "3306811012010", "330681101201011", "330681-101", " 330681", "３３０６８１" })
    void malformedCodesAreRejected(String code) {
        assertThatThrownBy(() -> Jurisdiction.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("管辖区划代码");
    }

    @Test
    void theMessageSaysWhatAValidCodeLooksLike() {
        assertThatThrownBy(() -> Jurisdiction.of("12345"))
                .hasMessageContaining("'12345'")
                .hasMessageContaining("6 位")
                .hasMessageContaining("14 位");
    }

    @Test
    void serialisesAsThePlainCode() {
        JsonMapper json = JsonMapper.builder().build();
        record Holder(Jurisdiction jurisdiction) {
        }

        assertThat(json.writeValueAsString(new Holder(FENGYUAN))).isEqualTo("{\"jurisdiction\":\"330681101201\"}");
        assertThat(json.readValue("{\"jurisdiction\":\"330681101\"}", Holder.class).jurisdiction()).isEqualTo(FENGQIAO);
        assertThat(FENGYUAN).hasToString("330681101201");
    }
}

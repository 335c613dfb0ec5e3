package org.fengqiao.gateway.requestid;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

    @ParameterizedTest
    @ValueSource(strings = { "4bf92f35-77b3-4da6-a3ce-929d0e0e4736", "12345-2026-001", "req_1.a:b" })
    void callersIdsThatAreSafeAreKept(String id) {
        assertThat(RequestIdFilter.isWellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "has space", "quote\"", "new\nline", "中文" })
    void unsafeIdsAreReplaced(String id) {
        assertThat(RequestIdFilter.isWellFormed(id)).isFalse();
    }

    @Test
    void overlongIdsAreReplaced() {
        assertThat(RequestIdFilter.isWellFormed("a".repeat(128))).isTrue();
        assertThat(RequestIdFilter.isWellFormed("a".repeat(129))).isFalse();
        assertThat(RequestIdFilter.isWellFormed(null)).isFalse();
    }

    @Test
    void createdIdsAre32HexCharactersAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestIdFilter.newId();
            assertThat(id).matches("[0-9a-f]{32}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }
}

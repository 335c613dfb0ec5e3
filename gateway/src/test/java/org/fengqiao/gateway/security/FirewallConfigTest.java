package org.fengqiao.gateway.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

class FirewallConfigTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "application/json; charset=utf-8",
            "村道占用纠纷", "emoji \uD83D\uDE00", "tab\there", "new\nline", "nul\u0000", "del\u007f", "c1\u0085",
            "unassigned \u0378", "lone surrogate \uD83D" })
    void headerRuleAgreesWithSpringSecuritysDefault(String value) {
        assertThat(FirewallConfig.assignedAndNoControl(value))
            .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value));
    }
}

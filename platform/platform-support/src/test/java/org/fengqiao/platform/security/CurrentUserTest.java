package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.web.ForbiddenException;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTest {

    @Test
    void readsTheCallerFromTheToken() {
        CurrentUser user = CurrentUser.fromToken(jwt(List.of("mediator", "grid_worker"), "330681101201", "枫源村调解员"));

        assertThat(user.subject()).isEqualTo("mediator-fengyuan");
        assertThat(user.name()).isEqualTo("枫源村调解员");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MEDIATOR, Role.GRID_WORKER);
        assertThat(user.jurisdiction()).isEqualTo(Jurisdiction.of("330681101201"));
        assertThat(user.hasRole(Role.MEDIATOR)).isTrue();
        assertThat(user.hasRole(Role.DISPATCHER)).isFalse();
        assertThat(user.hasAnyRole(Role.DISPATCHER, Role.GRID_WORKER)).isTrue();
    }

    @Test
    void seesOnlyInsideItsJurisdiction() {
        CurrentUser township = new CurrentUser("handler-fengqiao", "枫桥镇信访办", Set.of(Role.HANDLER),
                Jurisdiction.of("330681101"));

        assertThat(township.canSee(Jurisdiction.of("330681101202"))).isTrue();
        assertThat(township.canSee(Jurisdiction.of("33068110120201"))).isTrue();
        assertThat(township.canSee(Jurisdiction.of("330681102201"))).isFalse();
        assertThat(township.canSee(Jurisdiction.of("330681"))).isFalse();
    }

    @Test
    void theNameFallsBackToTheSubject() {
        assertThat(CurrentUser.fromToken(jwt(List.of("leader"), "330681", null)).name()).isEqualTo("mediator-fengyuan");
    }

    @Test
    void aMissingOrMalformedJurisdictionIsForbidden() {
        assertThatThrownBy(() -> CurrentUser.fromToken(jwt(List.of("leader"), null, "x")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> CurrentUser.fromToken(jwt(List.of("leader"), "3306", "x")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void rolesBecomeRoleAuthoritiesAndScopesScopeAuthorities() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("hotline-12345")
                .claim("roles", List.of("hotline", "nobody")).claim("scope", List.of("work-orders"))
                .claim("jurisdiction", "330681").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(new JwtAuthorities().convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_HOTLINE", "SCOPE_work-orders");
    }

    private static Jwt jwt(List<String> roles, String jurisdiction, String name) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("mediator-fengyuan")
                .claim("roles", roles).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (jurisdiction != null) {
            builder.claim("jurisdiction", jurisdiction);
        }
        if (name != null) {
            builder.claim("name", name);
        }
        return builder.build();
    }
}

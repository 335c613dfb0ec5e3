package org.fengqiao.identity.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedAuthorizationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final RegisteredClient CLIENT = RegisteredClient.withId("county-dispatcher")
            .clientId("county-dispatcher")
            .clientSecret("secret")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .build();

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void tokenIsFoundUntilItExpiresThenForgotten() {
        BoundedAuthorizationService service = new BoundedAuthorizationService(100, clock);
        service.save(authorization("a", "token-a", NOW.plus(Duration.ofHours(1))));

        assertThat(service.findByToken("token-a", OAuth2TokenType.ACCESS_TOKEN)).isNotNull();

        clock.now = NOW.plus(Duration.ofHours(1)).plusSeconds(1);
        assertThat(service.findByToken("token-a", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(service.size()).isZero();
    }

    @Test
    void neverHoldsMoreThanItsLimitDroppingTheOldest() {
        BoundedAuthorizationService service = new BoundedAuthorizationService(2, clock);
        Instant later = NOW.plus(Duration.ofHours(1));
        service.save(authorization("a", "token-a", later));
        service.save(authorization("b", "token-b", later));
        service.save(authorization("c", "token-c", later));

        assertThat(service.size()).isEqualTo(2);
        assertThat(service.findById("a")).isNull();
        assertThat(service.findById("b")).isNotNull();
        assertThat(service.findByToken("token-c", null)).isNotNull();
    }

    @Test
    void removedAuthorizationIsGone() {
        BoundedAuthorizationService service = new BoundedAuthorizationService(10, clock);
        OAuth2Authorization authorization = authorization("a", "token-a", NOW.plus(Duration.ofHours(1)));
        service.save(authorization);

        service.remove(authorization);

        assertThat(service.findById("a")).isNull();
        assertThat(service.size()).isZero();
    }

    private static OAuth2Authorization authorization(String id, String tokenValue, Instant expiresAt) {
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokenValue,
                expiresAt.minus(Duration.ofHours(1)), expiresAt);
        return OAuth2Authorization.withRegisteredClient(CLIENT)
                .id(id)
                .principalName(CLIENT.getClientId())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .accessToken(token)
                .build();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

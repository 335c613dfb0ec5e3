package org.fengqiao.identity;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-credentials grant as a service (or curl) uses it, over real HTTP. */
class TokenEndpointIT {

    @TempDir
    static Path keyDir;

    static RunningIdentityServer server;

    @BeforeAll
    static void start() {
        server = RunningIdentityServer.start(keyDir.resolve("identity/signing-key.jwk.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void countyDispatcherGetsSignedJwtWithRolesJurisdictionAndName() throws Exception {
        Map<String, Object> response = server.tokenResponse("county-dispatcher");
        String token = (String) response.get("access_token");

        Jwt jwt = server.decoder().decode(token);

        assertThat(jwt.getSubject()).isEqualTo("county-dispatcher");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("dispatcher");
        assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("330681");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("县信访局调度员");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("api");
        assertThat(jwt.getIssuer()).hasToString(server.baseUrl());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(1));
        assertThat(response).containsEntry("token_type", "Bearer").containsEntry("scope", "api");

        SignedJWT signed = SignedJWT.parse(token);
        JWKSet published = JWKSet.parse(server.get("/oauth2/jwks").body());
        assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(published.getKeyByKeyId(signed.getHeader().getKeyID())).isNotNull();
        // roles is a JSON array, not a space-separated string
        assertThat(signed.getJWTClaimsSet().getClaim("roles")).isInstanceOf(List.class);
    }

    @Test
    void townshipHandlerCarriesItsTownshipCode() {
        Jwt jwt = server.decoder().decode(server.accessToken("handler-fengqiao"));

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("handler");
        assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo("330681101");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("枫桥镇信访办");
    }

    @Test
    void hotlineGetsWorkOrdersScopeAndMayNotAskForOthers() {
        Jwt jwt = server.decoder().decode(server.accessToken("hotline-12345"));
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("work-orders");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("hotline");

        HttpResponse<String> explicit = server.requestToken("hotline-12345", server.secret(), "scope", "work-orders");
        assertThat(explicit.statusCode()).isEqualTo(200);

        HttpResponse<String> other = server.requestToken("hotline-12345", server.secret(), "scope", "api");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(RunningIdentityServer.json(other.body())).containsEntry("error", "invalid_scope");
    }

    @Test
    void wrongSecretIsUnauthorized() {
        HttpResponse<String> response = server.requestToken("county-dispatcher", server.secret() + "-wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(RunningIdentityServer.json(response.body())).containsEntry("error", "invalid_client");
    }

    @Test
    void unknownClientIsUnauthorized() {
        HttpResponse<String> response = server.requestToken("county-nobody", server.secret());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(RunningIdentityServer.json(response.body())).containsEntry("error", "invalid_client");
    }

    @Test
    void discoveryDocumentsPointAtThisServer() {
        for (String path : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Map<String, Object> metadata = RunningIdentityServer.json(response.body());
            assertThat(metadata).as(path)
                    .containsEntry("issuer", server.baseUrl())
                    .containsEntry("token_endpoint", server.baseUrl() + "/oauth2/token")
                    .containsEntry("jwks_uri", server.baseUrl() + "/oauth2/jwks");
            assertThat((List<Object>) metadata.get("grant_types_supported")).as(path).contains("client_credentials");
        }
    }

    @Test
    void jwksPublishesOnlyThePublicKey() throws Exception {
        HttpResponse<String> response = server.get("/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JWKSet published = JWKSet.parse(response.body());
        assertThat(published.getKeys()).hasSize(1);
        assertThat(published.getKeys().get(0).isPrivate()).isFalse();
        assertThat(response.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void healthIsOpenButOtherActuatorEndpointsAreNot() {
        HttpResponse<String> health = server.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(RunningIdentityServer.json(health.body())).containsEntry("status", "UP");

        assertThat(server.get("/actuator/env").statusCode()).isIn(401, 403, 404);
        assertThat(server.get("/actuator/beans").statusCode()).isIn(401, 403, 404);
    }
}

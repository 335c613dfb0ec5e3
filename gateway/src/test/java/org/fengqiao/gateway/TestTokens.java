package org.fengqiao.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Real RS256 tokens signed with the test-only key in {@code test-signing-key.json}. */
final class TestTokens {

    static final String ISSUER = "http://localhost:9000";

    private static final RSAKey KEY = load();

    private TestTokens() {
    }

    /** A token like the identity server issues for a client-credentials client. */
    static String valid(String clientId) {
        return sign(KEY, claims(clientId, ISSUER, Instant.now().plusSeconds(300)));
    }

    static String expired(String clientId) {
        return sign(KEY, claims(clientId, ISSUER, Instant.now().minusSeconds(600)));
    }

    static String fromIssuer(String clientId, String issuer) {
        return sign(KEY, claims(clientId, issuer, Instant.now().plusSeconds(300)));
    }

    /** Same key id, same claims, but signed by a key the identity server does not publish. */
    static String signedByStranger(String clientId) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(KEY.getKeyID()).generate();
            return sign(stranger, claims(clientId, ISSUER, Instant.now().plusSeconds(300)));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The public JWK set, as the identity server's {@code /oauth2/jwks} serves it. */
    static String jwkSetJson() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    private static JWTClaimsSet claims(String clientId, String issuer, Instant expiresAt) {
        Instant issuedAt = expiresAt.minusSeconds(600);
        return new JWTClaimsSet.Builder().subject(clientId)
            .issuer(issuer)
            .issueTime(java.util.Date.from(issuedAt))
            .notBeforeTime(java.util.Date.from(issuedAt))
            .expirationTime(java.util.Date.from(expiresAt))
            .claim("roles", List.of("dispatcher"))
            .claim("jurisdiction", "330681")
            .claim("name", "县信访局调度员")
            .claim("scope", "openid")
            .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static RSAKey load() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-signing-key.json")) {
            return RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException | java.text.ParseException ex) {
            throw new IllegalStateException("test signing key missing", ex);
        }
    }
}

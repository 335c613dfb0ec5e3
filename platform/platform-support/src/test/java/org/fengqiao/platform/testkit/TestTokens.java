package org.fengqiao.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.fengqiao.platform.security.Role;

/**
 * Real RS256-signed JWTs for service tests, shaped like the local identity server's client-credentials tokens
 * ({@code sub}, {@code roles}, {@code jurisdiction}, {@code name}, {@code scope}, issuer {@value #ISSUER}).
 * They are signed with a fixed test-only key pair kept in {@code testkit/test-jwt-*.pem}; annotate the test class
 * with {@link AcceptTestTokens} so the application under test validates them.
 *
 * <pre>
 * client.get().uri("/petitions").headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO)))...
 * TestTokens.forSubject("x").roles(Role.LEADER).jurisdiction("330681").expired().sign();
 * </pre>
 */
public final class TestTokens {

    /** Issuer of test tokens, the same as the identity server's default issuer. */
    public static final String ISSUER = "http://localhost:9000";

    /** Key id ({@code kid}) of the test key. */
    public static final String KEY_ID = "fengqiao-test-key";

    private static final RSAPublicKey PUBLIC_KEY = readPublicKey("testkit/test-jwt-public.pem");

    private static final RSAPrivateKey PRIVATE_KEY = readPrivateKey("testkit/test-jwt-private.pem");

    private TestTokens() {
    }

    /** A token for a caller of your choice; see {@link Builder}. */
    public static Builder forSubject(String subject) {
        return new Builder(subject);
    }

    /** A token with the given identity claims. */
    public static String token(String subject, String name, String jurisdiction, Role... roles) {
        return forSubject(subject).name(name).jurisdiction(jurisdiction).roles(roles).sign();
    }

    /** county-dispatcher: dispatcher of 诸暨市 (县信访局调度员). */
    public static String countyDispatcher() {
        return token("county-dispatcher", "县信访局调度员", DemoDivisions.COUNTY, Role.DISPATCHER);
    }

    /** county-supervisor (县督查室督办员). */
    public static String countySupervisor() {
        return token("county-supervisor", "县督查室督办员", DemoDivisions.COUNTY, Role.SUPERVISOR);
    }

    /** county-leader (县领导). */
    public static String countyLeader() {
        return token("county-leader", "县领导", DemoDivisions.COUNTY, Role.LEADER);
    }

    /** county-surveyor (县回访员). */
    public static String countySurveyor() {
        return token("county-surveyor", "县回访员", DemoDivisions.COUNTY, Role.SURVEYOR);
    }

    /** county-admin (系统管理员). */
    public static String countyAdmin() {
        return token("county-admin", "系统管理员", DemoDivisions.COUNTY, Role.ADMIN);
    }

    /** hotline-12345: the 12345 hotline system, scope {@code work-orders}. */
    public static String hotline() {
        return forSubject("hotline-12345").name("12345热线系统").jurisdiction(DemoDivisions.COUNTY)
                .roles(Role.HOTLINE).scope("work-orders").sign();
    }

    /** handler-&lt;township&gt;: the township's petition office (e.g. 枫桥镇信访办) for a 9-digit code. */
    public static String handlerOf(String townshipCode) {
        DemoDivisions.Division township = DemoDivisions.TOWNSHIPS.get(townshipCode);
        String pinyin = township != null ? township.pinyin() : townshipCode;
        String name = township != null ? township.name() : townshipCode;
        return token("handler-" + pinyin, name + "信访办", townshipCode, Role.HANDLER);
    }

    /** mediator-&lt;village&gt; (e.g. 枫源村调解员) for a 12-digit village code. */
    public static String mediatorOf(String villageCode) {
        return villager("mediator-", "调解员", villageCode, Role.MEDIATOR);
    }

    /** gridworker-&lt;village&gt; (e.g. 枫源村网格员) for a 12-digit village code. */
    public static String gridWorkerOf(String villageCode) {
        return villager("gridworker-", "网格员", villageCode, Role.GRID_WORKER);
    }

    private static String villager(String subjectPrefix, String title, String villageCode, Role role) {
        DemoDivisions.Division village = DemoDivisions.VILLAGES.get(villageCode);
        String pinyin = village != null ? village.pinyin() : villageCode;
        String name = village != null ? village.name() : villageCode;
        return token(subjectPrefix + pinyin, name + title, villageCode, role);
    }

    /** The public key test tokens are signed with. */
    public static RSAPublicKey publicKey() {
        return PUBLIC_KEY;
    }

    /** The public JWK set (JSON) of the test key, as an identity server would serve it at its jwks endpoint. */
    public static String jwkSetJson() {
        RSAKey key = new RSAKey.Builder(PUBLIC_KEY).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .build();
        return new JWKSet(key).toString();
    }

    /** Builds one token; every claim can be changed, including to invalid values. */
    public static final class Builder {

        private final String subject;

        private final Map<String, Object> claims = new LinkedHashMap<>();

        private String issuer = ISSUER;

        private Instant issuedAt = Instant.now();

        private Duration lifetime = Duration.ofHours(1);

        private boolean unknownKey;

        private Builder(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            claims.put("roles", List.of());
        }

        public Builder name(String name) {
            return claim("name", name);
        }

        public Builder roles(Role... roles) {
            return claim("roles", Arrays.stream(roles).map(Role::claimValue).toList());
        }

        /** Raw {@code roles} claim values, e.g. an unknown role. */
        public Builder rawRoles(String... roles) {
            return claim("roles", List.of(roles));
        }

        public Builder jurisdiction(String code) {
            return claim("jurisdiction", code);
        }

        public Builder withoutJurisdiction() {
            claims.remove("jurisdiction");
            return this;
        }

        public Builder scope(String... scopes) {
            return claim("scope", List.of(scopes));
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** A token that expired an hour ago (beyond any clock-skew allowance). */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(2));
            this.lifetime = Duration.ofHours(1);
            return this;
        }

        public Builder lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** Signs with a freshly generated key the application does not know (must be rejected with 401). */
        public Builder signedWithUnknownKey() {
            this.unknownKey = true;
            return this;
        }

        /** Any other claim; {@code null} removes it. */
        public Builder claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            }
            else {
                claims.put(name, value);
            }
            return this;
        }

        /** The signed, compact-serialised token, for {@code Authorization: Bearer <token>}. */
        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(subject)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString());
            claims.forEach((name, value) -> set.claim(name, value instanceof List<?> list ? new ArrayList<>(list) : value));
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build();
            SignedJWT jwt = new SignedJWT(header, set.build());
            try {
                jwt.sign(new RSASSASigner(unknownKey ? strangerKey() : PRIVATE_KEY));
            }
            catch (JOSEException ex) {
                throw new IllegalStateException("Cannot sign test token", ex);
            }
            return jwt.serialize();
        }

        private static RSAPrivateKey strangerKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                return (RSAPrivateKey) pair.getPrivate();
            }
            catch (GeneralSecurityException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static RSAPublicKey readPublicKey(String resource) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem(resource)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot read " + resource, ex);
        }
    }

    private static RSAPrivateKey readPrivateKey(String resource) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(resource)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot read " + resource, ex);
        }
    }

    private static byte[] pem(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

package org.fengqiao.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fengqiao.identity.*}: the demo identities and how their tokens are signed.
 *
 * @param clientSecret   shared secret of every demo client (env {@code FENGQIAO_DEMO_SECRET})
 * @param keyFile        JWK file holding the RSA signing key; created on first start
 * @param accessTokenTtl lifetime of an access token
 * @param clients        one OAuth2 client per demo identity
 */
@ConfigurationProperties("fengqiao.identity")
public record IdentityProperties(
        String clientSecret,
        Path keyFile,
        @DefaultValue("1h") Duration accessTokenTtl,
        List<Client> clients) {

    /** Role names the services understand (lowercase, as they appear in the {@code roles} claim). */
    public static final Set<String> KNOWN_ROLES = Set.of("dispatcher", "handler", "grid_worker", "mediator",
            "leader", "supervisor", "surveyor", "admin", "hotline");

    // county 6, township 9, village 12, grid 14 digits
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}|\\d{14}");

    public IdentityProperties {
        require(clientSecret != null && !clientSecret.isBlank(), "fengqiao.identity.client-secret must be set");
        require(keyFile != null, "fengqiao.identity.key-file must be set");
        require(!accessTokenTtl.isNegative() && !accessTokenTtl.isZero(),
                "fengqiao.identity.access-token-ttl must be positive");
        clients = List.copyOf(Objects.requireNonNullElse(clients, List.of()));
        require(!clients.isEmpty(), "fengqiao.identity.clients must list at least one identity");
        Set<String> ids = new HashSet<>();
        for (Client client : clients) {
            require(ids.add(client.clientId()), "duplicate client-id in fengqiao.identity.clients: " + client.clientId());
        }
    }

    /**
     * One demo identity, issued tokens through the client-credentials grant.
     *
     * @param clientId     OAuth2 client id, becomes the token's {@code sub}
     * @param name         Chinese display name, the {@code name} claim
     * @param roles        the {@code roles} claim, from {@link #KNOWN_ROLES}
     * @param jurisdiction division code, the {@code jurisdiction} claim
     * @param scopes       scopes the client may request; all of them when it requests none
     */
    public record Client(
            String clientId,
            String name,
            List<String> roles,
            String jurisdiction,
            @DefaultValue("api") List<String> scopes) {

        public Client {
            require(clientId != null && !clientId.isBlank(), "every identity needs a client-id");
            require(name != null && !name.isBlank(), clientId + ": name must be set");
            roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
            require(!roles.isEmpty(), clientId + ": at least one role is required");
            for (String role : roles) {
                require(KNOWN_ROLES.contains(role), clientId + ": unknown role '" + role + "', expected one of "
                        + KNOWN_ROLES);
            }
            require(jurisdiction != null && DIVISION_CODE.matcher(jurisdiction).matches(),
                    clientId + ": jurisdiction must be a 6, 9, 12 or 14 digit division code, was " + jurisdiction);
            scopes = List.copyOf(Objects.requireNonNullElse(scopes, List.of()));
            require(!scopes.isEmpty(), clientId + ": at least one scope is required");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

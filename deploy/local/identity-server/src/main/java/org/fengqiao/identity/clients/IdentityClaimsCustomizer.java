package org.fengqiao.identity.clients;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.identity.IdentityProperties.Client;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the identity's {@code roles}, {@code jurisdiction} and {@code name} into its access tokens, and
 * writes {@code scope} as the space-separated string of RFC 9068 (as Keycloak does) instead of an array.
 */
final class IdentityClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String JURISDICTION = "jurisdiction";
    static final String NAME = "name";

    private final Map<String, Client> clientsById;

    IdentityClaimsCustomizer(List<Client> clients) {
        this.clientsById = clients.stream().collect(Collectors.toUnmodifiableMap(Client::clientId, Function.identity()));
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        Client client = clientsById.get(context.getRegisteredClient().getClientId());
        if (client != null) {
            context.getClaims()
                    .claim(ROLES, client.roles())
                    .claim(JURISDICTION, client.jurisdiction())
                    .claim(NAME, client.name());
        }
        if (!context.getAuthorizedScopes().isEmpty()) {
            context.getClaims().claim(OAuth2ParameterNames.SCOPE,
                    String.join(" ", context.getAuthorizedScopes()));
        }
    }
}

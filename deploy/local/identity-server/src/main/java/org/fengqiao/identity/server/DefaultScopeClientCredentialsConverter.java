package org.fengqiao.identity.server;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A client-credentials request without {@code scope} gets all of the client's registered scopes
 * (RFC 6749 §3.3 lets the server apply a default; Keycloak does the same with default client scopes).
 * Spring's default would issue a token with no scope at all.
 */
final class DefaultScopeClientCredentialsConverter implements AuthenticationConverter {

    private final AuthenticationConverter delegate = new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken grant
                && grant.getScopes().isEmpty()
                && grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            RegisteredClient registered = client.getRegisteredClient();
            return new OAuth2ClientCredentialsAuthenticationToken(client, registered.getScopes(),
                    grant.getAdditionalParameters());
        }
        return converted;
    }
}

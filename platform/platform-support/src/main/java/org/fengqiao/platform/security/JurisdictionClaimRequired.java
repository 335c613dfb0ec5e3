package org.fengqiao.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.authorization.AuthorizationContext;

import reactor.core.publisher.Mono;

/**
 * Grants access to an authenticated JWT caller whose token has a valid {@code jurisdiction} claim: every service
 * query is scoped by it, so a token without one may do nothing (403; no token at all is 401).
 */
final class JurisdictionClaimRequired implements ReactiveAuthorizationManager<AuthorizationContext> {

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> (AuthorizationResult) new AuthorizationDecision(
                        caller.getPrincipal() instanceof Jwt jwt && CurrentUser.hasValidJurisdiction(jwt)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}

package org.fengqiao.platform.security;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;

import reactor.core.publisher.Mono;

/**
 * Bearer token authentication that tells a bad token (401) from an identity server it could not reach: the
 * decoder reports the latter as a plain {@code IllegalStateException}, which would otherwise end as a 500; as an
 * {@link AuthenticationServiceException} it is answered 503.
 */
final class TokenAuthenticationManager implements ReactiveAuthenticationManager {

    private final JwtReactiveAuthenticationManager delegate;

    TokenAuthenticationManager(ReactiveJwtDecoder decoder, ReactiveJwtAuthenticationConverter converter) {
        this.delegate = new JwtReactiveAuthenticationManager(decoder);
        this.delegate.setJwtAuthenticationConverter(converter);
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        return delegate.authenticate(authentication)
                .onErrorMap(error -> !(error instanceof AuthenticationException),
                        error -> new AuthenticationServiceException("Cannot validate the bearer token", error));
    }
}

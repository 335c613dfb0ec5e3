package org.fengqiao.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Wraps Spring Boot's JWT decoder (JWK set, RS256, issuer and time validation) with two things the gateway
 * needs:
 * <ul>
 * <li>a failure to obtain the JWK set (identity server down) surfaces as a {@link JwtException}, which
 * Spring Security turns into an authentication-service error (answered 503), not a 500;</li>
 * <li>tokens that passed validation are remembered for at most {@code maxAge} and never beyond their
 * {@code exp}, so a client's repeated calls do not pay the RSA verification each time. The cache key is the
 * whole token, signature included; a token is never taken from the cache after it expired.</li>
 * </ul>
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;

    private final int maxEntries;

    private final Duration maxAge;

    private final Clock clock;

    private final ConcurrentHashMap<String, Entry> validated = new ConcurrentHashMap<>();

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxEntries, Duration maxAge, Clock clock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        if (maxEntries > 0) {
            Entry entry = validated.get(token);
            if (entry != null) {
                if (clock.instant().isBefore(entry.validUntil())) {
                    return Mono.just(entry.jwt());
                }
                validated.remove(token, entry);
            }
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt)).onErrorMap(
                failure -> !(failure instanceof JwtException),
                failure -> new JwtException("无法获取或使用身份认证服务的签名公钥: " + failure.getMessage(), failure));
    }

    private void remember(String token, Jwt jwt) {
        if (maxEntries <= 0 || jwt.getExpiresAt() == null) {
            return;
        }
        if (validated.size() >= maxEntries) {
            // crude but bounded: the cache refills with the active clients within seconds
            validated.clear();
        }
        Instant cap = clock.instant().plus(maxAge);
        Instant validUntil = jwt.getExpiresAt().isBefore(cap) ? jwt.getExpiresAt() : cap;
        validated.put(token, new Entry(jwt, validUntil));
    }

    int size() {
        return validated.size();
    }

    private record Entry(Jwt jwt, Instant validUntil) {
    }
}

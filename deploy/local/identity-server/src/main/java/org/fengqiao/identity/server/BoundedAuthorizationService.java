package org.fengqiao.identity.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps issued authorizations (needed by token introspection and revocation) in memory, but forgets them
 * once their access token has expired and never holds more than a fixed number. Spring's in-memory service
 * keeps every issued token forever, which grows without bound on a long-running local stack.
 */
final class BoundedAuthorizationService implements OAuth2AuthorizationService {

    // an authorization without an access token (none in the client-credentials flow) is kept this long
    private static final Duration WITHOUT_TOKEN = Duration.ofMinutes(10);

    private final InMemoryOAuth2AuthorizationService delegate = new InMemoryOAuth2AuthorizationService();
    private final Map<String, Instant> expiryById = new LinkedHashMap<>();
    private final int maxSize;
    private final Clock clock;

    BoundedAuthorizationService(int maxSize) {
        this(maxSize, Clock.systemUTC());
    }

    BoundedAuthorizationService(int maxSize, Clock clock) {
        this.maxSize = maxSize;
        this.clock = clock;
    }

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        evict();
        delegate.save(authorization);
        expiryById.remove(authorization.getId());
        expiryById.put(authorization.getId(), expiryOf(authorization));
        while (expiryById.size() > maxSize) {
            forget(expiryById.keySet().iterator());
        }
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
        expiryById.remove(authorization.getId());
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        evict();
        return delegate.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        evict();
        return delegate.findByToken(token, tokenType);
    }

    synchronized int size() {
        return expiryById.size();
    }

    // Oldest first: with one token lifetime for all clients, insertion order is expiry order.
    private void evict() {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Instant>> oldestFirst = expiryById.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<String, Instant> oldest = oldestFirst.next();
            if (oldest.getValue().isAfter(now)) {
                return;
            }
            OAuth2Authorization expired = delegate.findById(oldest.getKey());
            if (expired != null) {
                delegate.remove(expired);
            }
            oldestFirst.remove();
        }
    }

    private void forget(Iterator<String> oldestFirst) {
        OAuth2Authorization oldest = delegate.findById(oldestFirst.next());
        if (oldest != null) {
            delegate.remove(oldest);
        }
        oldestFirst.remove();
    }

    private Instant expiryOf(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<?> accessToken = authorization.getAccessToken();
        if (accessToken != null && accessToken.getToken().getExpiresAt() != null) {
            return accessToken.getToken().getExpiresAt();
        }
        return clock.instant().plus(WITHOUT_TOKEN);
    }
}

package org.fengqiao.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final AtomicInteger decodes = new AtomicInteger();

    private Instant expiresAt = T0.plusSeconds(300);

    private final ReactiveJwtDecoder counting = token -> {
        decodes.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("invalid signature"));
        }
        if (token.startsWith("offline")) {
            return Mono.error(new IllegalStateException("Could not obtain the keys"));
        }
        return Mono.just(Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("county-dispatcher")
            .issuedAt(T0)
            .expiresAt(expiresAt)
            .build());
    };

    private CachingJwtDecoder at(Instant now, int maxEntries) {
        return new CachingJwtDecoder(counting, maxEntries, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aValidatedTokenIsVerifiedOnceWhileValid() {
        CachingJwtDecoder decoder = at(T0, 100);
        assertThat(decoder.decode("t1").block().getSubject()).isEqualTo("county-dispatcher");
        assertThat(decoder.decode("t1").block().getSubject()).isEqualTo("county-dispatcher");
        assertThat(decodes).hasValue(1);
    }

    @Test
    void anExpiredEntryIsVerifiedAgain() {
        expiresAt = T0.plusSeconds(10);
        MutableClock clock = new MutableClock(T0);
        CachingJwtDecoder decoder = new CachingJwtDecoder(counting, 100, Duration.ofMinutes(5), clock);
        decoder.decode("t1").block();
        clock.now = T0.plusSeconds(11);
        decoder.decode("t1").block();
        assertThat(decodes).hasValue(2);
    }

    @Test
    void entriesNeverOutliveMaxAge() {
        expiresAt = T0.plusSeconds(3600);
        MutableClock clock = new MutableClock(T0);
        CachingJwtDecoder decoder = new CachingJwtDecoder(counting, 100, Duration.ofMinutes(5), clock);
        decoder.decode("t1").block();
        clock.now = T0.plusSeconds(299);
        decoder.decode("t1").block();
        assertThat(decodes).hasValue(1);
        clock.now = T0.plusSeconds(301);
        decoder.decode("t1").block();
        assertThat(decodes).hasValue(2);
    }

    @Test
    void rejectedTokensAreNotRemembered() {
        CachingJwtDecoder decoder = at(T0, 100);
        assertThatThrownBy(() -> decoder.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThat(decodes).hasValue(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void unreachableKeysBecomeAJwtExceptionButNotABadToken() {
        CachingJwtDecoder decoder = at(T0, 100);
        assertThatThrownBy(() -> decoder.decode("offline").block()).isInstanceOf(JwtException.class)
            .isNotInstanceOf(BadJwtException.class)
            .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void zeroEntriesTurnsTheCacheOff() {
        CachingJwtDecoder decoder = at(T0, 0);
        decoder.decode("t1").block();
        decoder.decode("t1").block();
        assertThat(decodes).hasValue(2);
    }

    @Test
    void theCacheStaysBounded() {
        CachingJwtDecoder decoder = at(T0, 3);
        for (int i = 0; i < 10; i++) {
            decoder.decode("t" + i).block();
        }
        assertThat(decoder.size()).isBetween(1, 3);
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

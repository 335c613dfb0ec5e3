package org.fengqiao.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fengqiao.gateway.jwt-cache.*}: how many validated tokens the gateway remembers ({@code 0} turns
 * the cache off) and for how long at most. A key removed from the identity server's JWK set stops working
 * here only after {@code max-age}.
 */
@ConfigurationProperties("fengqiao.gateway.jwt-cache")
record JwtDecoderProperties(@DefaultValue("10000") int maxEntries, @DefaultValue("5m") Duration maxAge) {
}

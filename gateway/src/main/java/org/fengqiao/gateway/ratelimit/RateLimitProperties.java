package org.fengqiao.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fengqiao.gateway.rate-limit.*}: one token bucket per authenticated client ({@code client}) and
 * per IP address of anonymous callers ({@code anonymous}).
 */
@ConfigurationProperties("fengqiao.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, Policy client, Policy anonymous,
        @DefaultValue("30s") Duration sweepInterval) {

    RateLimitProperties {
        client = client != null ? client : new Policy(50, 100);
        anonymous = anonymous != null ? anonymous : new Policy(5, 10);
    }

    /** Refills {@code replenishRate} tokens per second up to {@code burstCapacity}; a request takes one. */
    record Policy(double replenishRate, int burstCapacity) {

        Policy {
            if (!(replenishRate > 0) || burstCapacity < 1) {
                throw new IllegalArgumentException(
                        "rate limit needs replenish-rate > 0 and burst-capacity >= 1, got " + replenishRate + "/"
                                + burstCapacity);
            }
        }
    }
}

package org.fengqiao.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);

    private final TokenBuckets buckets = new TokenBuckets(new RateLimitProperties.Policy(2, 3), 60 * SECOND, now::get);

    @Test
    void burstPassesThenTheNextRequestWaitsForTheNextToken() {
        assertThat(buckets.tryAcquire("a")).isZero();
        assertThat(buckets.tryAcquire("a")).isZero();
        assertThat(buckets.tryAcquire("a")).isZero();
        assertThat(buckets.tryAcquire("a")).as("2 tokens/s: next one in half a second").isEqualTo(SECOND / 2);
    }

    @Test
    void tokensComeBackAtTheReplenishRateUpToTheBurst() {
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("a");
        }
        now.addAndGet(SECOND / 2);
        assertThat(buckets.tryAcquire("a")).isZero();
        assertThat(buckets.tryAcquire("a")).isPositive();

        now.addAndGet(100 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire("a")).isZero();
        }
        assertThat(buckets.tryAcquire("a")).as("never more than the burst").isPositive();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("a");
        }
        assertThat(buckets.tryAcquire("a")).isPositive();
        assertThat(buckets.tryAcquire("b")).isZero();
    }

    @Test
    void refilledBucketsAreForgottenAtTheNextSweep() {
        buckets.tryAcquire("idle");
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("busy");
        }
        assertThat(buckets.size()).isEqualTo(2);
        now.addAndGet(60 * SECOND);
        buckets.tryAcquire("busy"); // triggers the sweep; both were full again, "busy" is then recreated
        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void policyRejectsNonsense() {
        assertThatThrownBy(() -> new RateLimitProperties.Policy(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties.Policy(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

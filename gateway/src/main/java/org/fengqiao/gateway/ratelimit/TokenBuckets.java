package org.fengqiao.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in memory. {@link #tryAcquire} answers 0 when the request may pass, otherwise
 * the nanoseconds until the key's next token.
 */
final class TokenBuckets {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final double tokensPerNano;

    private final double capacity;

    private final long sweepIntervalNanos;

    private final LongSupplier nanoClock;

    private final AtomicLong lastSweep;

    TokenBuckets(RateLimitProperties.Policy policy, long sweepIntervalNanos, LongSupplier nanoClock) {
        this.tokensPerNano = policy.replenishRate() / 1_000_000_000d;
        this.capacity = policy.burstCapacity();
        this.sweepIntervalNanos = sweepIntervalNanos;
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    long tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        }
        return bucket.tryAcquire(now, tokensPerNano, capacity);
    }

    int size() {
        return buckets.size();
    }

    /**
     * Forgets buckets that have refilled completely: a new bucket would be identical, so memory stays
     * proportional to the recently active clients. A request racing with the removal may get one token
     * for free; that is the price of not locking the map.
     */
    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < sweepIntervalNanos || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.isFullAt(now, tokensPerNano, capacity));
    }

    private static final class Bucket {

        private double tokens;

        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized long tryAcquire(long now, double tokensPerNano, double capacity) {
            refill(now, tokensPerNano, capacity);
            if (tokens >= 1d) {
                tokens -= 1d;
                return 0L;
            }
            return Math.max(1L, (long) Math.ceil((1d - tokens) / tokensPerNano));
        }

        synchronized boolean isFullAt(long now, double tokensPerNano, double capacity) {
            return tokens + (now - updatedAt) * tokensPerNano >= capacity;
        }

        private void refill(long now, double tokensPerNano, double capacity) {
            long elapsed = now - updatedAt;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
                updatedAt = now;
            }
        }
    }
}

package org.fengqiao.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.gateway.problem.Problem;
import org.fengqiao.gateway.problem.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers 429 (problem detail with {@code Retry-After}) once a client has used up its bucket. Authenticated
 * calls are counted per JWT subject, anonymous ones per client IP. The built-in {@code RequestRateLimiter}
 * would need Redis and answers 429 without a body.
 */
@Component
class ClientRateLimitFilter implements GlobalFilter, Ordered {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final boolean enabled;

    private final TokenBuckets clients;

    private final TokenBuckets anonymous;

    private final ProblemWriter problems;

    private final Counter clientRejections;

    private final Counter anonymousRejections;

    ClientRateLimitFilter(RateLimitProperties properties, ProblemWriter problems, MeterRegistry meters) {
        long sweep = properties.sweepInterval().toNanos();
        this.enabled = properties.enabled();
        this.clients = new TokenBuckets(properties.client(), sweep, System::nanoTime);
        this.anonymous = new TokenBuckets(properties.anonymous(), sweep, System::nanoTime);
        this.problems = problems;
        this.clientRejections = meters.counter("gateway.ratelimit.rejected", "policy", "client");
        this.anonymousRejections = meters.counter("gateway.ratelimit.rejected", "policy", "anonymous");
    }

    @Override
    public int getOrder() {
        // ahead of the breaker and the routing: a rejected call costs no upstream work
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!enabled) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
            .map(principal -> acquireForClient(principal))
            .switchIfEmpty(Mono.fromSupplier(() -> acquireForAddress(exchange)))
            .flatMap(waitNanos -> waitNanos == 0L ? chain.filter(exchange) : reject(exchange, waitNanos));
    }

    private long acquireForClient(Principal principal) {
        long wait = clients.tryAcquire(principal.getName());
        if (wait != 0L) {
            clientRejections.increment();
        }
        return wait;
    }

    private long acquireForAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String key = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        long wait = anonymous.tryAcquire(key);
        if (wait != 0L) {
            anonymousRejections.increment();
        }
        return wait;
    }

    private Mono<Void> reject(ServerWebExchange exchange, long waitNanos) {
        long seconds = Math.max(1L, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, new Problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁",
                "已超过访问频率上限，请在 " + seconds + " 秒后重试。"));
    }
}

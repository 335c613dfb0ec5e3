package org.fengqiao.gateway.resilience;

import java.io.IOException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tries a GET or HEAD again when the service could not be reached or answered 502/503. Other methods are
 * never retried: a POST that timed out may have been carried out.
 *
 * <p>Written instead of using the built-in {@code Retry} filter because that filter makes the gateway
 * buffer every request body of its route (POSTs included) in memory, although only body-less reads are
 * retried here. Runs inside the circuit breaker (route filters have small orders), so the breaker sees
 * one outcome per client request, and after the rate limiter, so a retry costs the client no token.
 * Timeouts are not retried: the time limiter would cut the second attempt short anyway.
 */
@Component
class IdempotentRetryFilter implements GlobalFilter, Ordered {

    private final RetryProperties properties;

    private final RetryBackoffSpec retry;

    IdempotentRetryFilter(RetryProperties properties) {
        this.properties = properties;
        this.retry = Retry.backoff(properties.retries(), properties.firstBackoff())
            .maxBackoff(properties.maxBackoff())
            .jitter(0.2)
            .filter(IdempotentRetryFilter::isRetryable)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }

    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (properties.retries() == 0 || (method != HttpMethod.GET && method != HttpMethod.HEAD)) {
            return chain.filter(exchange);
        }
        return Mono.defer(() -> chain.filter(exchange))
            .then(Mono.defer(() -> retryableStatus(exchange) ? Mono.<Void>error(RetryableStatus.INSTANCE)
                    : Mono.<Void>empty()))
            .retryWhen(retry.doBeforeRetry(signal -> ServerWebExchangeUtils.reset(exchange)))
            // the last attempt's 502/503 goes to the client as the service sent it
            .onErrorResume(RetryableStatus.class, last -> Mono.empty());
    }

    private boolean retryableStatus(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status != null && properties.statuses().contains(status.value());
    }

    private static boolean isRetryable(Throwable failure) {
        if (failure instanceof RetryableStatus) {
            return true;
        }
        // connection refused/reset, unknown host, closed before the response: the request never completed
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Signals a retryable status inside the retry loop; never leaves this filter. */
    private static final class RetryableStatus extends RuntimeException {

        static final RetryableStatus INSTANCE = new RetryableStatus();

        private RetryableStatus() {
            super("retryable upstream status", null, false, false);
        }
    }
}

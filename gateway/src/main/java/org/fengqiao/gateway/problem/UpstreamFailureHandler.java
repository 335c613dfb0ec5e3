package org.fengqiao.gateway.problem;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.fengqiao.gateway.requestid.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The circuit-breaker fallback and the gateway's last word on errors: every exception that reaches the
 * top of the chain becomes a problem detail, never a stack trace.
 *
 * <p>The breaker of each route also carries a semaphore bulkhead (Spring Cloud CircuitBreaker adds one when
 * resilience4j-bulkhead is present): a full bulkhead is answered 503 "busy" with {@code Retry-After}.
 *
 * <p>The routes use the {@code CircuitBreaker} filter without a {@code fallbackUri} on purpose: in Gateway
 * 5.0 a {@code fallbackUri} (like the built-in {@code Retry} filter) makes the gateway buffer every request
 * body of the route in memory. Without it, the breaker's errors (open breaker, time limiter) and the
 * routing errors (connection refused, response timeout) arrive here, where the route's
 * {@code service-name} metadata names the service that failed.
 */
@Component
@Order(-2) // before Spring Boot's ErrorWebExceptionHandler (-1)
class UpstreamFailureHandler implements WebExceptionHandler {

    static final String SERVICE_NAME_METADATA = "service-name";

    private static final Logger log = LoggerFactory.getLogger(UpstreamFailureHandler.class);

    private final ProblemWriter problems;

    UpstreamFailureHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        Problem problem = toProblem(exchange, ex);
        if (problem.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("{} {} -> 500 [{}]", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    RequestIds.of(exchange), ex);
        }
        else if (problem.status().is5xxServerError()) {
            // expected failures of a service: one line, no stack trace
            log.warn("{} {} -> {} [{}]: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    problem.status().value(), RequestIds.of(exchange), ex.toString());
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        // a retried or half-proxied exchange may carry the upstream's headers; the problem replaces them
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        return problems.write(exchange, problem);
    }

    private Problem toProblem(ServerWebExchange exchange, Throwable ex) {
        ProblemException worded = find(ex, ProblemException.class);
        if (worded != null) {
            return worded.problem();
        }
        // first: a JWK-set fetch that failed carries an IOException cause, yet no service is at fault
        if (has(ex, AuthenticationServiceException.class)) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable", "身份认证服务暂不可用",
                    "暂时无法校验访问令牌，请稍后重试。");
        }
        String service = serviceName(exchange);
        // the breaker filter reports an open breaker as the gateway's ServiceUnavailableException
        if (has(ex, CallNotPermittedException.class) || has(ex, ServiceUnavailableException.class)) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", service + "暂不可用",
                    service + "连续出错，网关已暂时停止转发（熔断），请稍后重试。");
        }
        if (has(ex, BulkheadFullException.class)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-busy", service + "繁忙",
                    "发往" + service + "的并发请求已达上限，请稍后重试。");
        }
        if (has(ex, TimeoutException.class) || has(ex, org.springframework.cloud.gateway.support.TimeoutException.class)
                || statusOf(ex) == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return new Problem(HttpStatus.GATEWAY_TIMEOUT, "upstream-timeout", service + "响应超时",
                    service + "未能在规定时间内响应，请稍后重试。");
        }
        if (has(ex, IOException.class) || statusOf(ex) == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", service + "暂不可用",
                    service + "当前无法连接，请稍后重试。");
        }
        int status = statusOf(ex);
        if (status == HttpStatus.NOT_FOUND.value()) {
            return new Problem(HttpStatus.NOT_FOUND, "not-found", "未找到", "没有与该路径对应的接口。");
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        if (resolved != null && resolved.is4xxClientError()) {
            return new Problem(resolved, "request-rejected", "请求无法处理", resolved.getReasonPhrase());
        }
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "gateway-error", "网关内部错误",
                "网关处理请求时出错，请携带请求编号联系管理员。");
    }

    private static String serviceName(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object name = route == null ? null : route.getMetadata().get(SERVICE_NAME_METADATA);
        return name == null ? "后端服务" : name.toString();
    }

    private static int statusOf(Throwable ex) {
        if (ex instanceof ResponseStatusException rse) {
            HttpStatusCode code = rse.getStatusCode();
            return code.value();
        }
        return -1;
    }

    private static boolean has(Throwable ex, Class<? extends Throwable> type) {
        return find(ex, type) != null;
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}

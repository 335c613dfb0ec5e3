package org.fengqiao.gateway.bodylimit;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.gateway.problem.Problem;
import org.fengqiao.gateway.problem.ProblemException;
import org.fengqiao.gateway.problem.ProblemWriter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers 413 when a request declares a body longer than its route allows, without reading it; a body sent
 * without a length (chunked) is counted while it is forwarded and cut off with the same problem once it passes
 * the limit.
 */
@Component
class BodyLimitFilter implements GlobalFilter, Ordered {

    /** Route metadata naming a route's own limit, e.g. {@code 6MB}. */
    static final String MAX_BODY_SIZE_METADATA = "max-body-size";

    private final DataSize defaultLimit;

    private final ProblemWriter problems;

    private final Counter rejections;

    BodyLimitFilter(BodyLimitProperties properties, ProblemWriter problems, MeterRegistry meters) {
        this.defaultLimit = properties.maxSize();
        this.problems = problems;
        this.rejections = meters.counter("gateway.body_limit.rejected");
    }

    @Override
    public int getOrder() {
        // after the rate limiter, ahead of the breaker and the routing: a refused body costs no upstream work
        return Ordered.HIGHEST_PRECEDENCE + 200;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        DataSize limit = limitOf(exchange);
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            rejections.increment();
            return problems.write(exchange, tooLarge(limit));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return countedUpTo(super.getBody(), limit);
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private Flux<DataBuffer> countedUpTo(Flux<DataBuffer> body, DataSize limit) {
        AtomicLong seen = new AtomicLong();
        return body.handle((buffer, sink) -> {
            if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                DataBufferUtils.release(buffer);
                rejections.increment();
                sink.error(new ProblemException(tooLarge(limit)));
                return;
            }
            sink.next(buffer);
        });
    }

    private DataSize limitOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object own = route == null ? null : route.getMetadata().get(MAX_BODY_SIZE_METADATA);
        return own == null ? defaultLimit : DataSize.parse(own.toString());
    }

    private static Problem tooLarge(DataSize limit) {
        return new Problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "请求体过大",
                "请求体超过 " + readable(limit) + " 的上限，请缩小后重试。");
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + "KB";
        }
        return bytes + "B";
    }
}

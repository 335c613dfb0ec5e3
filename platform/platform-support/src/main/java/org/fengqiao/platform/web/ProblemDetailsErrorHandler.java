package org.fengqiao.platform.web;

import java.util.List;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers every error that reaches the web server as {@code application/problem+json}: unknown routes, errors in
 * web filters and security, and whatever a controller did not handle (500, logged with its stack trace).
 * Security's authentication entry point and access-denied handler delegate here too, so 401 and 403 look the same
 * as every other problem.
 */
public final class ProblemDetailsErrorHandler implements ErrorWebExceptionHandler, Ordered {

    /** Before Spring's {@code WebFluxResponseStatusExceptionHandler} (0), like Boot's default handler. */
    public static final int ORDER = -2;

    private final ProblemDetailsMapper mapper;

    private final ServerResponse.Context responseContext;

    ProblemDetailsErrorHandler(ProblemDetailsMapper mapper, List<HttpMessageWriter<?>> writers) {
        this.mapper = mapper;
        this.responseContext = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        ProblemDetailsMapper.Problem problem = mapper.map(ex, exchange);
        return ServerResponse.status(problem.status())
                .headers(headers -> headers.addAll(problem.headers()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem.body())
                .flatMap(response -> response.writeTo(exchange, responseContext));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

package org.fengqiao.gateway.security;

import org.fengqiao.gateway.problem.Problem;
import org.fengqiao.gateway.problem.ProblemWriter;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** 403 as a problem detail with the RFC 6750 {@code insufficient_scope} challenge. */
@Component
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse()
            .getHeaders()
            .set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", error_description=\"The request requires higher privileges than provided by the access token.\"");
        return problems.write(exchange,
                new Problem(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "当前令牌无权访问该接口。"));
    }
}

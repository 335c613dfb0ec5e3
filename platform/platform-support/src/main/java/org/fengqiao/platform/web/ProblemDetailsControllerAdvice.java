package org.fengqiao.platform.web;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Problem details for exceptions raised in controllers: Spring's own web exceptions (validation, unreadable
 * body, 405/406/415) and the platform's {@link NotFoundException}, {@link ConflictException},
 * {@link ForbiddenException}; {@link InvalidInput} is 400, any other {@code IllegalArgumentException} 500. Being a {@link ResponseEntityExceptionHandler}, it replaces Boot's problem-details
 * advice. Security exceptions are left to Spring Security (401 vs 403 depends on who is asking) and unexpected
 * ones to {@link ProblemDetailsErrorHandler}, which logs them; a service's own advice takes precedence.
 */
@ControllerAdvice
class ProblemDetailsControllerAdvice extends ResponseEntityExceptionHandler implements Ordered {

    private final ProblemDetailsMapper mapper;

    ProblemDetailsControllerAdvice(ProblemDetailsMapper mapper) {
        this.mapper = mapper;
    }

    @ExceptionHandler({ NotFoundException.class, ConflictException.class, ForbiddenException.class,
            OptimisticLockingFailureException.class, DuplicateKeyException.class, IllegalArgumentException.class,
            ConstraintViolationException.class, DataBufferLimitException.class })
    Mono<ResponseEntity<Object>> handlePlatformException(Exception ex, ServerWebExchange exchange) {
        return Mono.just(toResponse(ex, exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        return Mono.just(toResponse(ex, exchange));
    }

    private ResponseEntity<Object> toResponse(Exception ex, ServerWebExchange exchange) {
        ProblemDetailsMapper.Problem problem = mapper.map(ex, exchange);
        return ResponseEntity.status(problem.status())
                .headers(problem.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

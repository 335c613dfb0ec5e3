/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}) for WebFlux services; never a stack trace,
 * never a 500 for bad input.
 *
 * <p>What services use: throw {@link org.fengqiao.platform.web.NotFoundException} (404),
 * {@link org.fengqiao.platform.web.ConflictException} (409, e.g. an illegal state transition) or
 * {@link org.fengqiao.platform.web.ForbiddenException} (403); their message becomes the {@code detail}.
 *
 * <p>What is answered how:
 * <ul>
 * <li>400: bean validation failures, with {@code errors: [{field, message}]} (messages in Chinese); malformed
 * JSON, a wrong-typed value, an unknown enum constant, an object where a string is expected (e.g. a Mongo
 * operator {@code {"$gt": ""}}), with the field named in {@code detail} and {@code errors} when Jackson knows it;
 * malformed path or query values; an exception marked {@link org.fengqiao.platform.web.InvalidInput} (e.g. a
 * malformed {@code Jurisdiction} code), with its message; a {@code ResponseStatusException} a service throws
 * with its own reason keeps that reason;</li>
 * <li>401 (with {@code WWW-Authenticate: Bearer ...}) and 403: from security, see
 * {@code org.fengqiao.platform.security}; {@code AccessDeniedException} and {@code ForbiddenException} are 403;</li>
 * <li>404 for unknown routes and {@code NotFoundException}; 405, 406, 415 with their status (and {@code Allow} /
 * {@code Accept} headers);</li>
 * <li>409: {@code ConflictException}, {@code OptimisticLockingFailureException}, {@code DuplicateKeyException};</li>
 * <li>413: a body larger than {@code spring.http.codecs.max-in-memory-size} (platform default 1MB);</li>
 * <li>503: the identity server could not be reached to check a token;</li>
 * <li>500 for anything else, with a generic detail; logged at ERROR with the stack trace, server side only.</li>
 * </ul>
 * Every problem carries {@code instance} (the request path) and {@code requestId} (the {@code X-Request-Id}).
 * The mapping lives in one place and serves both the controller advice and the {@code ErrorWebExceptionHandler}
 * that answers errors raised before a controller (routing, web filters, security). A service can add its own
 * {@code @ControllerAdvice} (it takes precedence) or replace either bean.
 *
 * <p>Also here: {@code KeepAliveReads}, applied to every service's Reactor Netty server, works around
 * reactor-netty 1.3.6 stalling a keep-alive connection after a buffered request that was answered at once (the
 * next request on it waited until the client timed out); remove it with a reactor-netty that has the fix.
 */
package org.fengqiao.platform.web;

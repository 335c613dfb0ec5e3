/**
 * Observability shared by every service.
 *
 * <ul>
 * <li>Metrics: every meter carries {@code application=${spring.application.name}}
 * ({@code management.metrics.tags.application}); Prometheus scrapes {@code /actuator/prometheus}.</li>
 * <li>Tracing: Micrometer Tracing over the OpenTelemetry bridge, sampling 1.0, W3C {@code traceparent}
 * propagation. Only {@code spring-boot-micrometer-tracing-opentelemetry} and {@code micrometer-tracing-bridge-otel}
 * are on the class path, deliberately not {@code spring-boot-starter-opentelemetry}: that starter brings OTLP
 * exporters which try to send spans, metrics and logs to {@code localhost:4318}. Add an exporter in a deployment
 * that has a collector.</li>
 * <li>Logs: JSON lines on the console (Boot structured logging, ECS format) with {@code traceId}, {@code spanId}
 * and {@code requestId}; Reactor context propagation is automatic so reactive code logs them too. Set
 * {@code logging.structured.format.console} to an empty value for plain text while developing.</li>
 * <li>{@link org.fengqiao.platform.observability.RequestIdWebFilter}: {@code X-Request-Id} taken from the request
 * or generated, echoed in the response, logged, and shown in problem details.</li>
 * </ul>
 */
package org.fengqiao.platform.observability;

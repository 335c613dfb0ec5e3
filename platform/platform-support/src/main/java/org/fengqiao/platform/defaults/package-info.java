/**
 * Defaults every service gets, so a service's {@code application.yml} only names the service, its port and its
 * database. Added by {@link org.fengqiao.platform.defaults.PlatformDefaultsEnvironmentPostProcessor} with the
 * lowest precedence: anything the service configures wins.
 *
 * <table>
 * <caption>Platform defaults</caption>
 * <tr><th>Property</th><th>Default</th></tr>
 * <tr><td>spring.webflux.problemdetails.enabled</td><td>true (errors are problem details, see {@code web})</td></tr>
 * <tr><td>spring.http.codecs.max-in-memory-size</td><td>1MB (larger bodies answer 413)</td></tr>
 * <tr><td>management.endpoints.web.exposure.include</td><td>health,info,prometheus</td></tr>
 * <tr><td>management.endpoint.health.probes.enabled</td><td>true ({@code /actuator/health/liveness},
 * {@code /actuator/health/readiness})</td></tr>
 * <tr><td>management.endpoint.health.group.readiness.include</td><td>readinessState,mongo,kafka</td></tr>
 * <tr><td>management.endpoint.health.validate-group-membership</td><td>false: the health contributor named
 * {@code kafka} (e.g. a bean {@code kafkaHealthIndicator}) comes from the messaging module; where it is absent the
 * group simply has no such member instead of failing start-up</td></tr>
 * <tr><td>management.metrics.tags.application</td><td>${spring.application.name}</td></tr>
 * <tr><td>management.tracing.sampling.probability</td><td>1.0</td></tr>
 * <tr><td>management.tracing.propagation.type</td><td>w3c ({@code traceparent})</td></tr>
 * <tr><td>spring.reactor.context-propagation</td><td>auto (trace and request ids in reactive code's logs)</td></tr>
 * <tr><td>logging.structured.format.console</td><td>ecs (JSON lines; set it empty for plain text)</td></tr>
 * <tr><td>springdoc.api-docs.enabled, springdoc.api-docs.path</td><td>true, /v3/api-docs (open without a
 * token; the UI is not included)</td></tr>
 * <tr><td>spring.security.oauth2.resourceserver.jwt.issuer-uri</td><td>${OAUTH2_ISSUER_URI:http://localhost:9000}</td></tr>
 * <tr><td>spring.security.oauth2.resourceserver.jwt.jwk-set-uri</td>
 * <td>${OAUTH2_JWK_SET_URI:http://localhost:9000/oauth2/jwks}</td></tr>
 * <tr><td>spring.kafka.bootstrap-servers</td><td>${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}</td></tr>
 * <tr><td>spring.kafka.consumer.group-id</td><td>${spring.application.name}</td></tr>
 * </table>
 *
 * <p>Not defaulted here, because it differs per service: the database. Each service sets, e.g.
 * {@code spring.mongodb.uri: ${MONGODB_URI:mongodb://localhost:27017/petition}} (Boot 4 property name), plus
 * {@code spring.application.name} and {@code server.port} ({@code SERVER_PORT} overrides it). A typical
 * service {@code application.yml} is:
 *
 * <pre>
 * spring:
 *   application.name: petition-service
 *   mongodb.uri: ${MONGODB_URI:mongodb://localhost:27017/petition}
 * server.port: 8081
 * </pre>
 */
package org.fengqiao.platform.defaults;

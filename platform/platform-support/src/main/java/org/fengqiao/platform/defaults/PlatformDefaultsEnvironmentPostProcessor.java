package org.fengqiao.platform.defaults;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds the platform defaults (see the package documentation) as the lowest-precedence property source, so a
 * service's {@code application.yml}, environment variables, system properties and test properties all override
 * them.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source holding the defaults. */
    public static final String PROPERTY_SOURCE_NAME = "fengqiaoPlatformDefaults";

    static final Map<String, Object> DEFAULTS = defaults();

    private static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // web
        defaults.put("spring.webflux.problemdetails.enabled", "true");
        defaults.put("spring.http.codecs.max-in-memory-size", "1MB");
        // actuator
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongo,kafka");
        // 'kafka' comes from the messaging module; a group member that does not exist must not stop start-up.
        defaults.put("management.endpoint.health.validate-group-membership", "false");
        defaults.put("management.metrics.tags.application", "${spring.application.name:application}");
        // tracing and logs
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.tracing.propagation.type", "w3c");
        defaults.put("spring.reactor.context-propagation", "auto");
        defaults.put("logging.structured.format.console", "ecs");
        // API docs
        defaults.put("springdoc.api-docs.enabled", "true");
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");
        // security: JWTs issued by the identity server
        defaults.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "${OAUTH2_ISSUER_URI:http://localhost:9000}");
        defaults.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "${OAUTH2_JWK_SET_URI:http://localhost:9000/oauth2/jwks}");
        // messaging
        defaults.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        return Map.copyOf(defaults);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, DEFAULTS));
        }
    }

    /** After the config data (application.yml) has been loaded, so adding last really is lowest precedence. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

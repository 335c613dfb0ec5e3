package org.fengqiao.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void everyServiceGetsTheDefaults() {
        apply();

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,mongo,kafka");
        assertThat(environment.getProperty("spring.http.codecs.max-in-memory-size")).isEqualTo("1MB");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void connectionsDefaultToTheLocalStack() {
        apply();

        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo("http://localhost:9000");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
    }

    @Test
    void environmentVariablesFromConventionsAreHonoured() {
        environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of(
                "OAUTH2_ISSUER_URI", "https://id.example.gov.cn",
                "OAUTH2_JWK_SET_URI", "https://id.example.gov.cn/jwks",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka-0:9092,kafka-1:9092")));
        apply();

        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo("https://id.example.gov.cn");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("https://id.example.gov.cn/jwks");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka-0:9092,kafka-1:9092");
    }

    @Test
    void theServiceConfigurationWins() {
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                "spring.http.codecs.max-in-memory-size", "4MB",
                "spring.application.name", "petition-service")));
        apply();

        assertThat(environment.getProperty("spring.http.codecs.max-in-memory-size")).isEqualTo("4MB");
        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("petition-service");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("petition-service");
        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(PlatformDefaultsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
    }

    private void apply() {
        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, null);
    }
}

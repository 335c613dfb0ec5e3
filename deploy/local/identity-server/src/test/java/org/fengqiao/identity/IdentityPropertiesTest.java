package org.fengqiao.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityPropertiesTest {

    private final Map<String, String> config = new HashMap<>(Map.of(
            "fengqiao.identity.client-secret", "s3cret",
            "fengqiao.identity.key-file", "/tmp/key.json",
            "fengqiao.identity.clients[0].client-id", "mediator-fengyuan",
            "fengqiao.identity.clients[0].name", "枫源村调解员",
            "fengqiao.identity.clients[0].roles", "mediator",
            "fengqiao.identity.clients[0].jurisdiction", "330681101201"));

    @Test
    void tokenLifetimeDefaultsToOneHourAndScopesToApi() {
        IdentityProperties properties = bind();

        assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.clients().get(0).scopes()).containsExactly("api");
    }

    @Test
    void unknownRoleStopsStartUp() {
        config.put("fengqiao.identity.clients[0].roles", "Mediator");

        assertThatThrownBy(this::bind).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("mediator-fengyuan: unknown role 'Mediator'");
    }

    @Test
    void jurisdictionMustBeADivisionCode() {
        config.put("fengqiao.identity.clients[0].jurisdiction", "33068110120");

        assertThatThrownBy(this::bind).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("jurisdiction must be a 6, 9, 12 or 14 digit division code");
    }

    @Test
    void clientIdsAreUnique() {
        config.put("fengqiao.identity.clients[1].client-id", "mediator-fengyuan");
        config.put("fengqiao.identity.clients[1].name", "重复");
        config.put("fengqiao.identity.clients[1].roles", "mediator");
        config.put("fengqiao.identity.clients[1].jurisdiction", "330681101201");

        assertThatThrownBy(this::bind).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("duplicate client-id");
    }

    @Test
    void blankSecretStopsStartUp() {
        config.put("fengqiao.identity.client-secret", " ");

        assertThatThrownBy(this::bind).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("client-secret must be set");
    }

    private IdentityProperties bind() {
        return new Binder(new MapConfigurationPropertySource(config))
                .bindOrCreate("fengqiao.identity", IdentityProperties.class);
    }
}

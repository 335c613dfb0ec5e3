package org.fengqiao.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.platform.testapp.ProbeApplicationTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/** The defaults as a running service sees them (the probe application has no Kafka health contributor). */
class ActuatorDefaultsTest extends ProbeApplicationTestBase {

    @Autowired
    private HealthEndpointGroups groups;

    @Test
    void readinessCoversTheStoreAndTheBrokerAndStartsWithoutABrokerIndicator() {
        HealthEndpointGroup readiness = groups.get("readiness");

        assertThat(readiness.isMember("readinessState")).isTrue();
        assertThat(readiness.isMember("mongo")).isTrue();
        assertThat(readiness.isMember("kafka")).isTrue();
        assertThat(readiness.isMember("diskSpace")).isFalse();
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void livenessAndInfoAreExposed() {
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }
}

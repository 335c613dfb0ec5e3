package org.fengqiao.platform.testapp;

import org.fengqiao.platform.testkit.AcceptTestTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The probe application on a random port, accepting test tokens, with an in-memory Mongo-wire store. Every test
 * class extending this shares one application context; {@link #client} talks to the running server over HTTP.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A broker health indicator (messaging module) would report DOWN here: no broker in these tests.
        properties = { "spring.application.name=probe-service", "management.health.kafka.enabled=false" })
@AcceptTestTokens
public abstract class ProbeApplicationTestBase {

    @LocalServerPort
    private int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", InMemoryMongo::uri);
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}

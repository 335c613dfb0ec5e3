package org.fengqiao.gateway;

import java.time.Duration;
import java.util.UUID;

import org.springframework.test.web.reactive.server.WebTestClient;

/** A real HTTP client against the gateway under test. */
final class GatewayClient {

    private GatewayClient() {
    }

    static WebTestClient to(int port) {
        return WebTestClient.bindToServer()
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    }

    /** A fresh request id, so a test finds exactly its own requests at the fake services. */
    static String newRequestId() {
        return "test-" + UUID.randomUUID();
    }
}

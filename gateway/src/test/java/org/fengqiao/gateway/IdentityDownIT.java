package org.fengqiao.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The identity server (JWK set) is down: the gateway still starts, serves public paths, and says why tokens fail. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdentityDownIT {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeServices.register(registry);
        registry.add("OAUTH2_JWK_SET_URI", () -> FakeServices.closedPortUrl() + "/oauth2/jwks");
    }

    @LocalServerPort
    int port;

    private WebTestClient gateway() {
        return GatewayClient.to(port);
    }

    @Test
    void gatewayIsReadyWithoutIdentityServer() {
        gateway().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void publicPathsStillWork() {
        gateway().get()
            .uri("/api/public/ratings/R-9")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service").isEqualTo("survey");
    }

    @Test
    void tokenThatCannotBeCheckedIsA503ProblemNotA500() {
        gateway().get()
            .uri("/api/petitions")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-dispatcher")))
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("身份认证服务暂不可用");
    }
}

package org.fengqiao.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Tiny buckets (one token a minute) so that exceeding them takes a handful of requests, whatever the machine's speed. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "fengqiao.gateway.rate-limit.client.replenish-rate=0.0167",
                "fengqiao.gateway.rate-limit.client.burst-capacity=3",
                "fengqiao.gateway.rate-limit.anonymous.replenish-rate=0.0167",
                "fengqiao.gateway.rate-limit.anonymous.burst-capacity=2" })
class RateLimitIT {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeServices.register(registry);
    }

    @LocalServerPort
    int port;

    private WebTestClient gateway() {
        return GatewayClient.to(port);
    }

    @Test
    void clientOverItsBurstGets429ProblemWithRetryAfterOthersDoNot() {
        String greedy = TestTokens.valid("handler-fengqiao");
        for (int i = 0; i < 3; i++) {
            gateway().get().uri("/api/petitions").headers(h -> h.setBearerAuth(greedy)).exchange().expectStatus().isOk();
        }
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/petitions")
            .headers(h -> h.setBearerAuth(greedy))
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L))
            .expectBody()
            .jsonPath("$.status").isEqualTo(429)
            .jsonPath("$.title").isEqualTo("请求过于频繁")
            .jsonPath("$.requestId").isEqualTo(requestId);
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).as("rejected before the service").isEmpty();

        // a new token of the same client is the same client
        gateway().get()
            .uri("/api/petitions")
            .headers(h -> h.setBearerAuth(TestTokens.valid("handler-fengqiao")))
            .exchange()
            .expectStatus()
            .isEqualTo(429);
        // another client has its own bucket
        gateway().get()
            .uri("/api/petitions")
            .headers(h -> h.setBearerAuth(TestTokens.valid("handler-zhaojia")))
            .exchange()
            .expectStatus()
            .isOk();
    }

    @Test
    void anonymousCallerIsLimitedPerAddress() {
        // 127.0.0.1 is this test's only anonymous caller
        for (int i = 0; i < 2; i++) {
            gateway().get().uri("/api/public/ratings/R-1").exchange().expectStatus().isOk();
        }
        gateway().get()
            .uri("/api/public/ratings/R-1")
            .exchange()
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .exists(HttpHeaders.RETRY_AFTER)
            .expectBody()
            .jsonPath("$.title").isEqualTo("请求过于频繁");
    }
}

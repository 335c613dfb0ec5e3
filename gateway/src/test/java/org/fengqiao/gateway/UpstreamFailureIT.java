package org.fengqiao.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Petition and survey services not listening, mediation slow: the gateway answers 503/504 problem details
 * naming the service, and opens the petition breaker after repeated failures.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
                "resilience4j.bulkhead.instances.grid-service.max-concurrent-calls=2" })
class UpstreamFailureIT {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeServices.register(registry);
        String nobody = FakeServices.closedPortUrl();
        registry.add("PETITION_SERVICE_URL", () -> nobody);
        registry.add("SURVEY_SERVICE_URL", () -> nobody);
    }

    @LocalServerPort
    int port;

    private WebTestClient gateway() {
        return GatewayClient.to(port);
    }

    @Test
    void serviceNotListeningIsA503ProblemNamingIt() {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/work-orders/12345-2026-001")
            .headers(h -> h.setBearerAuth(TestTokens.valid("hotline-12345")))
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .valueEquals("X-Request-Id", requestId)
            .expectBody(String.class)
            .value(body -> assertThat(body).contains("\"title\":\"信访服务暂不可用\"")
                .contains("\"status\":503")
                .contains("\"requestId\":\"" + requestId + "\"")
                .doesNotContain("Exception")
                .doesNotContain("at org."));
    }

    @Test
    void publicPathWithServiceDownIsA503ProblemNamingIt() {
        gateway().get()
            .uri("/api/public/ratings/R-1")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("评价服务暂不可用");
    }

    @Test
    void slowServiceIsA504ProblemAndNotRetried() {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/disputes")
            .headers(h -> h.setBearerAuth(TestTokens.valid("mediator-fengyuan")))
            .header("X-Request-Id", requestId)
            .header(FakeServices.TEST_DELAY_MS, "3000")
            .exchange()
            .expectStatus()
            .isEqualTo(504)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("调解服务响应超时");
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).hasSize(1);
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndSaysSo() {
        String token = TestTokens.valid("county-dispatcher");
        // the breaker judges after 10 calls (minimum-number-of-calls); other tests may have added some already.
        // POSTs fail fast: they are not retried
        List<String> details = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            gateway().post()
                .uri("/api/petitions")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.title").isEqualTo("信访服务暂不可用")
                .jsonPath("$.detail").value(detail -> details.add(detail.toString()));
        }
        assertThat(details.get(0)).doesNotContain("熔断");
        assertThat(details.get(details.size() - 1)).contains("熔断");
    }

    @Test
    void concurrentCallsBeyondTheBulkheadAreTurnedAwayAsBusy() {
        String token = TestTokens.valid("gridworker-xinze");
        List<Integer> statuses = Flux.range(0, 4)
            .flatMap(i -> WebClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/api/field-reports")
                .headers(h -> h.setBearerAuth(token))
                .header(FakeServices.TEST_DELAY_MS, "700")
                .exchangeToMono(response -> Mono.just(response.statusCode().value())), 4)
            .collectList()
            .block(Duration.ofSeconds(20));
        assertThat(statuses).containsOnly(200, 503);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);

        gateway().get()
            .uri("/api/field-reports")
            .headers(h -> h.setBearerAuth(token))
            .exchange()
            .expectStatus()
            .isOk();
    }

    @Test
    void gatewayStaysHealthyWhileServicesAreDown() {
        gateway().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}

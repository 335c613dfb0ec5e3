package org.fengqiao.gateway;

import java.util.List;
import java.util.regex.Pattern;

import org.fengqiao.gateway.FakeServices.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway in front of five healthy services: authentication, routing, headers, retries, documents. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

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
    void withoutTokenTheCallIsRefusedAsProblemWithBearerChallenge() {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/petitions")
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .expectHeader()
            .valueEquals("X-Request-Id", requestId)
            .expectBody()
            .jsonPath("$.status").isEqualTo(401)
            .jsonPath("$.title").isEqualTo("未认证")
            .jsonPath("$.instance").isEqualTo("/api/petitions")
            .jsonPath("$.requestId").isEqualTo(requestId);
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void tokenWithForeignSignatureIsRefused() {
        assertInvalidToken(TestTokens.signedByStranger("county-dispatcher"));
    }

    @Test
    void expiredTokenIsRefused() {
        assertInvalidToken(TestTokens.expired("county-dispatcher"));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertInvalidToken(TestTokens.fromIssuer("county-dispatcher", "http://evil.example"));
    }

    private void assertInvalidToken(String token) {
        String requestId = GatewayClient.newRequestId();
        EntityExchangeResult<byte[]> result = gateway().get()
            .uri("/api/petitions")
            .headers(h -> h.setBearerAuth(token))
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("未认证")
            .returnResult();
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
            .startsWith("Bearer error=\"invalid_token\"");
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void validTokenIsRoutedWithAuthorizationRequestIdAndTraceparent() {
        String token = TestTokens.valid("county-dispatcher");
        EntityExchangeResult<byte[]> result = gateway().get()
            .uri("/api/petitions/P-1?state=open")
            .headers(h -> h.setBearerAuth(token))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service").isEqualTo("petition")
            .jsonPath("$.path").isEqualTo("/api/petitions/P-1?state=open")
            .returnResult();

        List<String> echoed = result.getResponseHeaders().get("X-Request-Id");
        assertThat(echoed).as("one generated X-Request-Id, even though the service echoes it too").hasSize(1);
        String requestId = echoed.get(0);
        assertThat(requestId).matches("[0-9a-f]{32}");
        List<Received> seen = FakeServices.get().receivedWithRequestId(requestId);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.get(0).header("traceparent")).matches(TRACEPARENT);
    }

    @Test
    void callersRequestIdAndTraceAreCarriedDownstream() {
        String requestId = GatewayClient.newRequestId();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        gateway().get()
            .uri("/api/disputes")
            .headers(h -> h.setBearerAuth(TestTokens.valid("mediator-fengyuan")))
            .header("X-Request-Id", requestId)
            .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("X-Request-Id", requestId);

        Received seen = FakeServices.get().receivedWithRequestId(requestId).get(0);
        var traceparent = TRACEPARENT.matcher(seen.header("traceparent"));
        assertThat(traceparent.matches()).isTrue();
        assertThat(traceparent.group(1)).as("same trace").isEqualTo(traceId);
        assertThat(traceparent.group(2)).as("the gateway's own span as parent").isNotEqualTo(callerSpan);
    }

    @Test
    void malformedRequestIdIsReplaced() {
        EntityExchangeResult<byte[]> result = gateway().get()
            .uri("/api/grids")
            .headers(h -> h.setBearerAuth(TestTokens.valid("gridworker-fengyuan")))
            .header("X-Request-Id", "x\" onmouseover=alert(1)")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult();
        String requestId = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(requestId).matches("[0-9a-f]{32}");
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "/api/petitions, petition", "/api/petitions/P-7/assignments, petition",
            "/api/work-orders/12345-2026-001, petition", "/api/disputes/D-1, mediation", "/api/screenings, mediation",
            "/api/meetings/M-3, mediation", "/api/jurisdictions/330681, grid", "/api/grids/33068110120101, grid",
            "/api/field-reports, grid", "/api/patrols/today, grid", "/api/return-visits, survey",
            "/api/evaluations/E-1, survey", "/api/kpis/330681101, survey", "/api/notifications, notification",
            "/api/inbox/unread, notification" })
    void eachPathFamilyReachesItsService(String path, String service) {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri(path)
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-admin")))
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service").isEqualTo(service)
            .jsonPath("$.path").isEqualTo(path);
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).extracting(Received::service)
            .containsExactly(service);
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        gateway().get()
            .uri("/api/unknown-things")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-admin")))
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void postBodyIsForwardedUnchanged() {
        String requestId = GatewayClient.newRequestId();
        String body = "{\"title\":\"村道占用纠纷\",\"jurisdiction\":\"330681101201\"}";
        gateway().post()
            .uri("/api/petitions")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-dispatcher")))
            .header("X-Request-Id", requestId)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isOk();
        Received seen = FakeServices.get().receivedWithRequestId(requestId).get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo(body);
    }

    @Test
    void getAnsweredWith503IsRetriedTwice() {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/notifications")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-admin")))
            .header("X-Request-Id", requestId)
            .header(FakeServices.TEST_STATUS, "503")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.service").isEqualTo("notification");
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).hasSize(3);
    }

    @Test
    void getWhoseConnectionDropsIsRetriedPostIsNot() {
        String token = TestTokens.valid("county-admin");
        String getId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/patrols")
            .headers(h -> h.setBearerAuth(token))
            .header("X-Request-Id", getId)
            .header(FakeServices.TEST_DROP_CONNECTION, "yes")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("网格服务暂不可用");
        assertThat(FakeServices.get().receivedWithRequestId(getId)).hasSize(3);

        String postId = GatewayClient.newRequestId();
        gateway().post()
            .uri("/api/patrols")
            .headers(h -> h.setBearerAuth(token))
            .header("X-Request-Id", postId)
            .header(FakeServices.TEST_DROP_CONNECTION, "yes")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isEqualTo(503);
        assertThat(FakeServices.get().receivedWithRequestId(postId)).hasSize(1);
    }

    @Test
    void slowAnswerWithinTheTimeoutsPasses() {
        // resilience4j's own default time limit is 1 s: this proves the configured 12 s is in force
        gateway().get()
            .uri("/api/meetings")
            .headers(h -> h.setBearerAuth(TestTokens.valid("mediator-chenjia")))
            .header(FakeServices.TEST_DELAY_MS, "1500")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service").isEqualTo("mediation");
    }

    @Test
    void postAnsweredWith503IsNotRetried() {
        String requestId = GatewayClient.newRequestId();
        gateway().post()
            .uri("/api/notifications")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-admin")))
            .header("X-Request-Id", requestId)
            .header(FakeServices.TEST_STATUS, "503")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isEqualTo(503);
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).hasSize(1);
    }

    @Test
    void getAnsweredWith500IsNotRetried() {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/kpis")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-leader")))
            .header("X-Request-Id", requestId)
            .header(FakeServices.TEST_STATUS, "500")
            .exchange()
            .expectStatus()
            .isEqualTo(500);
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).hasSize(1);
    }

    @Test
    void publicSelfServiceNeedsNoToken() {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/api/public/ratings/R-abc")
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service").isEqualTo("survey");
        Received seen = FakeServices.get().receivedWithRequestId(requestId).get(0);
        assertThat(seen.uri()).isEqualTo("/api/public/ratings/R-abc");
    }

    @ParameterizedTest
    @CsvSource({ "petition", "mediation", "grid", "survey", "notification" })
    void eachServicesApiDocumentIsProxiedWithoutToken(String service) {
        String requestId = GatewayClient.newRequestId();
        gateway().get()
            .uri("/v3/api-docs/" + service)
            .header("X-Request-Id", requestId)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo(service + "-service");
        Received seen = FakeServices.get().receivedWithRequestId(requestId).get(0);
        assertThat(seen.service()).isEqualTo(service);
        assertThat(seen.uri()).isEqualTo("/v3/api-docs");
    }

    @Test
    void swaggerUiListsTheFiveServices() {
        gateway().get()
            .uri("/v3/api-docs/swagger-config")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.urls.length()").isEqualTo(5)
            .jsonPath("$.urls[*].url")
            .value(urls -> assertThat((List<Object>) urls).containsExactlyInAnyOrder("/v3/api-docs/petition",
                    "/v3/api-docs/mediation", "/v3/api-docs/grid", "/v3/api-docs/survey",
                    "/v3/api-docs/notification"));
        gateway().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void probesAndPrometheusAreOpenOtherEndpointsAreNot() {
        gateway().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        gateway().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        gateway().get().uri("/actuator/info").exchange().expectStatus().isOk();
        gateway().get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .value(text -> assertThat(text).contains("application=\"gateway\""));
        String admin = TestTokens.valid("county-admin");
        gateway().get().uri("/actuator/env").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isNotFound();
        gateway().get()
            .uri("/actuator/gateway/routes")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isNotFound();
    }
}

package org.fengqiao.gateway;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies above a route's limit are answered 413 by the gateway and never reach the service: 1 MB for the API,
 * 6 MB for field-report photos.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BodyLimitIT {

    private static final int MB = 1024 * 1024;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeServices.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aDeclaredBodyAboveOneMegabyteIs413AndTheServiceSeesNothing() {
        String requestId = GatewayClient.newRequestId();
        client().post()
            .uri("/api/petitions/0123456789abcdef01234567/accept")
            .headers(h -> h.setBearerAuth(TestTokens.valid("county-dispatcher")))
            .header("X-Request-Id", requestId)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(json(MB + MB / 3))
            .exchange()
            .expectStatus()
            .isEqualTo(413)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("请求体过大")
            .jsonPath("$.detail").isEqualTo("请求体超过 1MB 的上限，请缩小后重试。")
            .jsonPath("$.requestId").isEqualTo(requestId);
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).isEmpty();
    }

    @Test
    void aBodyOfExactlyTheLimitIsForwarded() {
        String requestId = GatewayClient.newRequestId();
        client().post()
            .uri("/api/public/evaluations/0123456789abcdef01234567")
            .header("X-Request-Id", requestId)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(json(MB))
            .exchange()
            .expectStatus()
            .isOk();
        assertThat(FakeServices.get().receivedWithRequestId(requestId)).singleElement()
            .satisfies(seen -> assertThat(seen.body()).hasSize(MB));
    }

    @Test
    void aBodySentWithoutLengthIsCutOffAt413() {
        String requestId = GatewayClient.newRequestId();
        Flux<DataBuffer> chunks = Flux.range(0, 20)
            .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(filled(100_000)));
        client().post()
            .uri("/api/disputes")
            .headers(h -> h.setBearerAuth(TestTokens.valid("mediator-fengyuan")))
            .header("X-Request-Id", requestId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(chunks, DataBuffer.class)
            .exchange()
            .expectStatus()
            .isEqualTo(413)
            .expectBody()
            .jsonPath("$.title").isEqualTo("请求体过大");
    }

    @Test
    void aPhotoUpToSixMegabytesReachesTheGridServiceLargerIs413() {
        String photo = GatewayClient.newRequestId();
        client().post()
            .uri("/api/field-reports/0123456789abcdef01234567/photos")
            .headers(h -> h.setBearerAuth(TestTokens.valid("gridworker-fengyuan")))
            .header("X-Request-Id", photo)
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .bodyValue(filled(5 * MB))
            .exchange()
            .expectStatus()
            .isOk();
        assertThat(FakeServices.get().receivedWithRequestId(photo)).singleElement()
            .satisfies(seen -> assertThat(seen.service()).isEqualTo("grid"));

        client().post()
            .uri("/api/field-reports/0123456789abcdef01234567/photos")
            .headers(h -> h.setBearerAuth(TestTokens.valid("gridworker-fengyuan")))
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .bodyValue(filled(7 * MB))
            .exchange()
            .expectStatus()
            .isEqualTo(413)
            .expectBody()
            .jsonPath("$.detail").isEqualTo("请求体超过 6MB 的上限，请缩小后重试。");
    }

    /** Each call on a connection of its own: after an early 413 the rest of the upload is not read. */
    private WebTestClient client() {
        return GatewayClient.to(port);
    }

    private static String json(int bytes) {
        String start = "{\"note\":\"";
        String end = "\"}";
        return start + "a".repeat(bytes - start.length() - end.length()) + end;
    }

    private static byte[] filled(int bytes) {
        byte[] data = new byte[bytes];
        Arrays.fill(data, (byte) 'x');
        return data;
    }
}

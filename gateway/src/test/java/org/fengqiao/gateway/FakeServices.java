package org.fengqiao.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real HTTP servers on loopback standing in for the five services and the identity server's JWK set.
 * Each service records what it received and answers {@code {"service": ..., "path": ...}}; a request
 * header {@code X-Test-Status} makes it answer that status instead, {@code X-Test-Delay-Ms} answer late,
 * {@code X-Test-Drop-Connection} close the connection without answering.
 * Started once per test JVM.
 */
final class FakeServices {

    /** Service name as used in the gateway's environment variables (PETITION_SERVICE_URL, ...). */
    static final List<String> NAMES = List.of("petition", "mediation", "grid", "survey", "notification");

    static final String TEST_STATUS = "X-Test-Status";

    static final String TEST_DELAY_MS = "X-Test-Delay-Ms";

    static final String TEST_DROP_CONNECTION = "X-Test-Drop-Connection";

    private static final FakeServices INSTANCE = new FakeServices();

    private final Map<String, DisposableServer> services = new LinkedHashMap<>();

    private final DisposableServer identity;

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    private FakeServices() {
        for (String name : NAMES) {
            services.put(name, HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> answer(name, request, response))
                .bindNow());
        }
        identity = HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(routes -> routes.get("/oauth2/jwks",
                    (request, response) -> response.header("Content-Type", "application/json")
                        .sendString(Mono.just(TestTokens.jwkSetJson()))))
            .bindNow();
    }

    static FakeServices get() {
        return INSTANCE;
    }

    /** Points the gateway at the fake services and the fake JWK set. */
    static void register(DynamicPropertyRegistry registry) {
        FakeServices fakes = get();
        for (String name : NAMES) {
            registry.add(name.toUpperCase() + "_SERVICE_URL", () -> fakes.url(name));
        }
        registry.add("OAUTH2_JWK_SET_URI", () -> "http://127.0.0.1:" + fakes.identity.port() + "/oauth2/jwks");
    }

    String url(String name) {
        return "http://127.0.0.1:" + services.get(name).port();
    }

    /** Requests the services received that carried this X-Request-Id, in arrival order. */
    List<Received> receivedWithRequestId(String requestId) {
        List<Received> matching = new ArrayList<>();
        for (Received r : received) {
            if (requestId.equals(r.header("X-Request-Id"))) {
                matching.add(r);
            }
        }
        return matching;
    }

    /** A loopback URL nobody listens on. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Mono<Void> answer(String service, HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            received.add(new Received(service, request.method().name(), request.uri(), copy(request.requestHeaders()),
                    body));
            if (request.requestHeaders().contains(TEST_DROP_CONNECTION)) {
                response.withConnection(connection -> connection.channel().close());
                return Mono.<Void>never();
            }
            String status = request.requestHeaders().get(TEST_STATUS);
            String requestId = request.requestHeaders().get("X-Request-Id");
            if (requestId != null) {
                response.header("X-Request-Id", requestId); // like a service echoing it: no duplicate wanted
            }
            response.status(status == null ? 200 : Integer.parseInt(status));
            String json = request.uri().startsWith("/v3/api-docs")
                    ? "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + service + "-service\",\"version\":\"1\"}}"
                    : "{\"service\":\"" + service + "\",\"path\":\"" + request.uri() + "\"}";
            String delay = request.requestHeaders().get(TEST_DELAY_MS);
            Mono<String> answer = delay == null ? Mono.just(json)
                    : Mono.delay(Duration.ofMillis(Long.parseLong(delay))).thenReturn(json);
            return response.header("Content-Type", "application/json").sendString(answer).then();
        });
    }

    private static Map<String, String> copy(HttpHeaders headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach(entry -> copy.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "," + b));
        return copy;
    }

    /** One request as a fake service saw it; header names as sent. */
    record Received(String service, String method, String uri, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.entrySet()
                .stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        }
    }
}

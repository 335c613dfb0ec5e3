package org.fengqiao.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.GlobalEventExecutor;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the 12345 hotline's callback endpoint: a real HTTP server on a local port that verifies each
 * callback's signature the way the hotline does (and answers 401 when it does not match), records the accepted
 * ones, and can be taken down or told to refuse one order's callbacks.
 */
public final class HotlineReceiver {

    /** The signing key the test application is configured with. */
    public static final String SIGNING_KEY = "test-hotline-signing-key";

    private static final HotlineReceiver SHARED = new HotlineReceiver();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Callback> accepted = new CopyOnWriteArrayList<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private DisposableServer server;
    private int port;

    /** One accepted callback: the raw body and headers as they arrived. */
    public record Callback(String idempotencyKey, String timestamp, String signature, String body, JsonNode json) {

        public String orderNumber() {
            return json.get("orderNumber").asString();
        }

        public String eventType() {
            return json.get("eventType").asString();
        }
    }

    private HotlineReceiver() {
        up();
    }

    public static HotlineReceiver shared() {
        return SHARED;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/12345/callbacks";
    }

    /** Starts answering again, on the same port. */
    public synchronized void up() {
        if (server == null) {
            // The group lets down() close open keep-alive connections too, as a stopped process would.
            ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
            server = HttpServer.create().host("127.0.0.1").port(port).channelGroup(connections)
                    .route(routes -> routes.post("/12345/callbacks", this::receive))
                    .bindNow();
            port = server.port();
        }
    }

    /** Stops listening and drops open connections: callers get "connection refused". */
    public synchronized void down() {
        if (server != null) {
            server.disposeNow();
            server = null;
        }
    }

    /** Answers this status to the order's callbacks (e.g. 500 while its system is broken, 422 to refuse it). */
    public void answer(String orderNumber, int status) {
        answers.put(orderNumber, status);
    }

    public void answerNormally(String orderNumber) {
        answers.remove(orderNumber);
    }

    public List<Callback> acceptedFor(String orderNumber) {
        return accepted.stream().filter(callback -> orderNumber.equals(callback.orderNumber())).toList();
    }

    public List<String> badSignatures() {
        return List.copyOf(badSignatures);
    }

    private Mono<Void> receive(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
            String timestamp = request.requestHeaders().get("X-Fengqiao-Timestamp");
            String signature = request.requestHeaders().get("X-Fengqiao-Signature");
            if (timestamp == null || signature == null || !verify(timestamp, body, signature)) {
                badSignatures.add(body);
                return response.status(HttpResponseStatus.UNAUTHORIZED).send().then();
            }
            JsonNode json = JSON.readTree(body);
            Integer answer = answers.get(json.get("orderNumber").asString());
            if (answer != null) {
                return response.status(answer).sendString(Mono.just("{\"error\":\"test answer " + answer + "\"}")).then();
            }
            accepted.add(new Callback(request.requestHeaders().get("Idempotency-Key"), timestamp, signature, body, json));
            return response.status(HttpResponseStatus.OK).sendString(Mono.just("{\"ok\":true}")).then();
        });
    }

    /** How a hotline verifies: recompute HMAC-SHA256(key, timestamp + "." + body) and compare in constant time. */
    static boolean verify(String timestamp, String body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

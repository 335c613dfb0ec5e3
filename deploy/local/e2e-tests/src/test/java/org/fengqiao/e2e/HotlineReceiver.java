package org.fengqiao.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 12345 system's side of the callbacks: an HTTP endpoint that verifies each request the way the README tells
 * a hotline to (HMAC-SHA256 over {@code timestamp + "." + raw body}, a fresh timestamp), stores it and answers 200.
 */
final class HotlineReceiver implements AutoCloseable {

    static final String PATH = "/hotline/callbacks";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] key;
    private final HttpServer server;
    private final List<Callback> received = new CopyOnWriteArrayList<>();

    private HotlineReceiver(byte[] key) throws IOException {
        this.key = key.clone();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "hotline-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    static HotlineReceiver start(String key) {
        try {
            return new HotlineReceiver(key.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the test hotline endpoint", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Every request received, in arrival order (repeats included). */
    List<Callback> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String timestamp = exchange.getRequestHeaders().getFirst("X-Fengqiao-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Fengqiao-Signature");
        String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        received.add(new Callback(idempotencyKey, verify(timestamp, body, signature), JSON.readTree(body)));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    /** As the README's Java snippet, over the raw bytes before parsing, refusing stale timestamps. */
    private boolean verify(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            return signature.equals(signature.toLowerCase())
                    && MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as the hotline stored it. */
    record Callback(String idempotencyKey, boolean signatureValid, JsonNode body) {

        String orderNumber() {
            return body.path("orderNumber").asString("");
        }

        String step() {
            return body.path("eventType").asString("") + "→" + body.path("state").asString("");
        }
    }
}

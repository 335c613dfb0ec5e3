package org.fengqiao.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo identity calling the platform through the gateway, the way an integrator would: it gets its
 * token from the identity server with the client-credentials grant and sends it on every call.
 */
final class Actor {

    static final String DEMO_SECRET = "demo-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_RATE_LIMITED_RETRIES = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Bodies above the platform's 1 MB limit go over connections of their own: the 413 comes before the upload
     * ends, and a connection left with an unread body must not be reused for the next ordinary call.
     */
    private static final HttpClient OVERSIZED_UPLOADS = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int OVERSIZED = 1024 * 1024;

    private final String name;
    private final String gateway;
    private final String token;

    private Actor(String name, String gateway, String token) {
        this.name = name;
        this.gateway = gateway;
        this.token = token;
    }

    static Actor login(String clientId, String identityServer, String gateway) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityServer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        Response response = send(HTTP, clientId, request);
        if (response.status() != 200) {
            throw new AssertionError(clientId + " could not get a token: " + response);
        }
        return new Actor(clientId, gateway, response.json().get("access_token").asString());
    }

    /** A caller with no token at all. */
    static Actor anonymous(String gateway) {
        return new Actor("anonymous", gateway, null);
    }

    String name() {
        return name;
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Response put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    /** Any method with any body and content type, e.g. a broken body for the bad-input sweep. */
    Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpRequest request = builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        Response response = send(body != null && body.length() > OVERSIZED ? OVERSIZED_UPLOADS : HTTP, name, request);
        return new Response(response.actor(), response.call(), response.status(), response.contentType(),
                response.body(), path, contentType, body);
    }

    /** The same call again, e.g. after the gateway answered 502-504 for an upstream that was busy or away. */
    Response repeat(Response response) {
        return send(response.call().substring(0, response.call().indexOf(' ')), response.path(),
                response.requestContentType(), response.requestBody());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(45));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /**
     * Sends like a well-behaved integrator: a 429 from the gateway's rate limit is waited out (its Retry-After) and
     * the call made again, a few times at most, so a sweep of hundreds of calls measures the services, not the limit.
     */
    private static Response send(HttpClient http, String actor, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int attempt = 1; response.statusCode() == 429 && attempt <= MAX_RATE_LIMITED_RETRIES; attempt++) {
                long seconds = response.headers().firstValue("Retry-After")
                        .filter(value -> value.matches("\\d{1,3}")).map(Long::parseLong).orElse(1L);
                Thread.sleep(Duration.ofSeconds(Math.min(Math.max(seconds, 1), 10)).toMillis());
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return new Response(actor, request.method() + " " + request.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    request.uri().getRawPath(), null, null);
        } catch (IOException e) {
            throw new AssertionError(actor + ": " + request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What came back, with who asked for what, so a failing assertion names the actor and the step. */
    record Response(String actor, String call, int status, String contentType, String body,
                    String path, String requestContentType, String requestBody) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return actor + " " + call + " → " + status + " " + contentType + " " + body;
        }
    }
}

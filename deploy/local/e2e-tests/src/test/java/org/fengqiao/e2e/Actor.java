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
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        Response response = send(clientId, request);
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
        return send(name, request(path).GET().build());
    }

    Response post(String path, String json) {
        return send(name, request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(20));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(String actor, HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(actor, request.method() + " " + request.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(actor + ": " + request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What came back, with who asked for what, so a failing assertion names the actor and the step. */
    record Response(String actor, String call, int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return actor + " " + call + " → " + status + " " + contentType + " " + body;
        }
    }
}

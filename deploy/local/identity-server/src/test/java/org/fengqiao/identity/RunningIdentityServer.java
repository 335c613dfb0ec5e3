package org.fengqiao.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

/** The real identity server in this JVM on a real port, called over HTTP like the services call it. */
final class RunningIdentityServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private RunningIdentityServer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.baseUrl = "http://localhost:" + port;
    }

    static RunningIdentityServer start(Path keyFile) {
        return start(keyFile, freePort());
    }

    /** Starts with only the port and key file set, so the issuer must follow the port by itself. */
    static RunningIdentityServer start(Path keyFile, int port) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IdentityServerApplication.class)
                .run("--server.port=" + port, "--fengqiao.identity.key-file=" + keyFile,
                        "--spring.main.banner-mode=off");
        return new RunningIdentityServer(context, port);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The configured demo secret (FENGQIAO_DEMO_SECRET may change it). */
    String secret() {
        return properties().clientSecret();
    }

    IdentityProperties properties() {
        return context.getBean(IdentityProperties.class);
    }

    /** Verifies like a resource server: discovery at the issuer, issuer check, signature via {@code jwks_uri}. */
    JwtDecoder decoder() {
        return JwtDecoders.fromIssuerLocation(baseUrl);
    }

    HttpResponse<String> requestToken(String clientId, String secret, String... extraForm) {
        List<String> form = new ArrayList<>(List.of("grant_type=client_credentials"));
        for (int i = 0; i < extraForm.length; i += 2) {
            form.add(extraForm[i] + "=" + URLEncoder.encode(extraForm[i + 1], StandardCharsets.UTF_8));
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", form))));
    }

    /** A token for {@code clientId} with the right secret; fails unless the server answers 200. */
    Map<String, Object> tokenResponse(String clientId) {
        HttpResponse<String> response = requestToken(clientId, secret());
        if (response.statusCode() != 200) {
            throw new AssertionError("token request for " + clientId + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response.body());
    }

    String accessToken(String clientId) {
        return (String) tokenResponse(clientId).get("access_token");
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("not a JSON object: " + body, e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

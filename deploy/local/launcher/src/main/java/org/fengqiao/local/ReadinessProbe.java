package org.fengqiao.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Is a component ready? Infrastructure: its ready file exists and its port accepts connections. Boot
 * applications: their health URI answers 200 with status UP (readiness group for services and gateway,
 * overall health for the identity server).
 */
final class ReadinessProbe {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    boolean isReady(LaunchPlan plan) {
        if (plan.health() != null) {
            return healthUp(plan);
        }
        return Files.exists(plan.readyFile()) && portOpen(plan.port());
    }

    private boolean healthUp(LaunchPlan plan) {
        HttpRequest request = HttpRequest.newBuilder(plan.health()).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

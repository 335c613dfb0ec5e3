package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessProbeTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final ReadinessProbe probe = new ReadinessProbe();

    @BeforeEach
    void actuator() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        answer("/up", 200, "{\"status\":\"UP\",\"components\":{\"readinessState\":{\"status\":\"UP\"}}}");
        answer("/out-of-service", 503, "{\"status\":\"OUT_OF_SERVICE\"}");
        answer("/secured", 401, "");
        answer("/down-but-200", 200, "{\"status\":\"DOWN\"}");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBootApplicationIsReadyOnlyWhenItsHealthSaysUp() {
        assertThat(probe.isReady(http("/up"))).isTrue();
        assertThat(probe.isReady(http("/out-of-service"))).isFalse();
        assertThat(probe.isReady(http("/secured"))).isFalse();
        assertThat(probe.isReady(http("/down-but-200"))).isFalse();
    }

    @Test
    void nothingListeningIsNotReady() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(probe.isReady(plan(port, null, URI.create("http://localhost:" + port + "/actuator/health")))).isFalse();
    }

    @Test
    void infrastructureIsReadyWhenItsReadyFileExistsAndItsPortAccepts() throws IOException {
        Path readyFile = dir.resolve("ready");
        try (ServerSocket socket = new ServerSocket(0)) {
            LaunchPlan plan = plan(socket.getLocalPort(), readyFile, null);
            assertThat(probe.isReady(plan)).as("no ready file yet").isFalse();

            Files.writeString(readyFile, "localhost");
            assertThat(probe.isReady(plan)).isTrue();
        }
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
    }

    private LaunchPlan http(String path) {
        int port = server.getAddress().getPort();
        return plan(port, null, URI.create("http://localhost:" + port + path));
    }

    private LaunchPlan plan(int port, Path readyFile, URI health) {
        return new LaunchPlan(ComponentSpec.named("petition-service"), port, "http://localhost:" + port,
                List.of(port), List.of("java"), Map.of(), dir, dir.resolve("x.log"), List.of(), readyFile, health);
    }
}

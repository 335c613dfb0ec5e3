package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against the real dev-infra processes: start, kill, restart, an outage, failures, stop. */
class LocalStackIT {

    @TempDir
    Path data;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void startsKillsRestartsAndStopsComponentsWhileKafkaKeepsItsTopics() throws Exception {
        LocalStackOptions options = infraOnly(freeOffset());

        LocalStack stack = LocalStack.start(options, out);
        try {
            assertThat(stack.url("kafka")).isEqualTo("localhost:" + (9092 + options.portOffset()));
            assertThat(stack.mongoUri("petition")).isEqualTo("mongodb://localhost:" + (27017 + options.portOffset()) + "/petition");
            assertThat(Files.readString(stack.logFile("kafka"))).contains("Kafka broker ready");
            createTopic(stack, "launcher.it");

            long mongoPid = stack.pid("mongo");
            stack.kill("mongo");
            assertThat(stack.isRunning("mongo")).isFalse();
            assertThat(stack.pid("mongo")).isEqualTo(-1);
            assertThat(ReadinessProbe.portOpen(stack.port("mongo"))).isFalse();

            stack.restart("mongo");
            assertThat(stack.pid("mongo")).isPositive().isNotEqualTo(mongoPid);
            assertThat(ReadinessProbe.portOpen(stack.port("mongo"))).isTrue();

            stack.stop("kafka");
            assertThat(ReadinessProbe.portOpen(stack.port("kafka"))).isFalse();
            stack.start("kafka");
            try (Admin admin = admin(stack)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("launcher.it");
            }
            assertThatThrownBy(() -> stack.start("kafka")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> stack.url("gateway")).hasMessageContaining("not part of this stack");
        } finally {
            stack.stop();
            stack.stop();
        }
        assertThat(runningChildren()).isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("kafka", "ready after", "All 2 components ready", "stopping kafka, mongo");
    }

    @Test
    void aChildThatExitsDuringStartUpFailsTheStartWithItsLogAndStopsTheOthers() throws Exception {
        LocalStackOptions options = infraOnly(freeOffset());
        // The broker cannot create its log directory where a file is in the way.
        Files.createDirectories(data.resolve("kafka"));
        Files.writeString(data.resolve("kafka/log"), "not a directory");

        assertThatThrownBy(() -> LocalStack.start(options, out))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("kafka exited with code")
                .hasMessageContaining("FileAlreadyExistsException");
        assertThat(runningChildren()).as("mongo stopped again").isEmpty();
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws Exception {
        LocalStackOptions options = infraOnly(freeOffset());
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", options.port("mongo")));

            assertThatThrownBy(() -> LocalStack.start(options, out))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("ports already in use: " + options.port("mongo") + " (mongo)")
                    .hasMessageContaining("--port-offset");
        }
        assertThat(LocalStack.portFree(options.port("kafka"))).isTrue();
    }

    private LocalStackOptions infraOnly(int offset) {
        return LocalStackOptions.defaults()
                .withDataDir(data)
                .withPortOffset(offset)
                .withOnly("kafka", "mongo")
                .withReadyTimeout(Duration.ofSeconds(90));
    }

    /** An offset that moves every port into a free range, so the test runs beside a developer's stack. */
    private static int freeOffset() {
        while (true) {
            int offset = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            boolean free = LocalStack.COMPONENTS.stream().allMatch(c -> LocalStack.portFree(
                    ComponentSpec.named(c).basePort() + offset))
                    && LocalStack.portFree(ComponentSpec.KAFKA_CONTROLLER_BASE_PORT + offset);
            if (free) {
                return offset;
            }
        }
    }

    private static List<String> runningChildren() {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(command -> command.contains("-Dfengqiao.component="))
                .toList();
    }

    private static void createTopic(LocalStack stack, String topic) throws Exception {
        try (Admin admin = admin(stack)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Admin admin(LocalStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }
}

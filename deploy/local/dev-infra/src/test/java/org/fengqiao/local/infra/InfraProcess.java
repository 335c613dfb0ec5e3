package org.fengqiao.local.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One infrastructure main run the way the launcher runs it: a separate JVM on the packaged jar plus
 * {@code target/lib/*}, ready when its ready file appears.
 */
final class InfraProcess {

    private final Process process;
    private final Path log;

    private InfraProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static InfraProcess start(Class<?> main, Path readyFile, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", packagedJar() + File.pathSeparator + Path.of("target", "lib").toAbsolutePath() + File.separator + "*",
                main.getName(), "--ready-file", readyFile.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        InfraProcess started = new InfraProcess(process, log);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .failFast("process exited: " + started.logText(), () -> !process.isAlive())
                .until(() -> Files.exists(readyFile));
        return started;
    }

    /** SIGTERM, as the launcher sends it; the shutdown hook must finish cleanly. */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(process.exitValue()).as("exit after SIGTERM; log:%n%s", logText()).isIn(0, 143);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("dev-infra-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run the package phase first"))
                    .toAbsolutePath();
        }
    }
}

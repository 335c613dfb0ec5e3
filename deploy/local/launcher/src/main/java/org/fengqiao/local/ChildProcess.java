package org.fengqiao.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** One running (or stopped) component: its OS process, its log file and when it became ready. */
final class ChildProcess {

    /**
     * Children get their own session where {@code setsid} exists, so Ctrl-C in the terminal reaches only the
     * launcher, which then stops them in order (gateway first, Kafka last) instead of all at once.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final LaunchPlan plan;
    private final Supplier<Map<String, String>> secrets;
    private volatile Process process;
    private volatile boolean stopRequested;
    private volatile Instant startedAt;
    private volatile Duration readyAfter;
    private volatile Map<String, String> overrides = Map.of();

    ChildProcess(LaunchPlan plan) {
        this(plan, Map::of);
    }

    /** {@code secrets}: environment read at each start (never part of the plan, so never printed with it). */
    ChildProcess(LaunchPlan plan, Supplier<Map<String, String>> secrets) {
        this.plan = plan;
        this.secrets = secrets;
    }

    /** Environment set over the plan's from the next start on (e.g. a test's callback URL); empty = none. */
    void overrideEnv(Map<String, String> env) {
        this.overrides = Map.copyOf(env);
    }

    LaunchPlan plan() {
        return plan;
    }

    String name() {
        return plan.name();
    }

    /** Starts the process; its output goes to the log file, after the previous run's log was kept as {@code .1}. */
    void start(boolean firstStartInThisSession) throws IOException {
        Files.createDirectories(plan.logFile().getParent());
        if (firstStartInThisSession && Files.exists(plan.logFile())) {
            Files.move(plan.logFile(), plan.logFile().resolveSibling(plan.logFile().getFileName() + ".1"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(plan.logFile(), "----- fengqiao launcher: starting " + name() + " at "
                        + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " -----"
                        + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (plan.readyFile() != null) {
            Files.deleteIfExists(plan.readyFile());
        }
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.addAll(plan.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(plan.workingDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(plan.logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(plan.env());
        builder.environment().putAll(secrets.get());
        builder.environment().putAll(overrides);
        stopRequested = false;
        readyAfter = null;
        startedAt = Instant.now();
        process = builder.start();
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    int exitCode() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void markReady() {
        readyAfter = Duration.between(startedAt, Instant.now());
    }

    /** Time from start to ready, or {@code null} while not ready. */
    Duration readyAfter() {
        return readyAfter;
    }

    /** SIGTERM; pair with {@link #awaitExit}. */
    void requestStop() {
        stopRequested = true;
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
        }
    }

    /** Waits for the exit; after {@code grace} it kills the process (SIGKILL) and waits for that. */
    void awaitExit(Duration grace) {
        Process p = process;
        if (p == null) {
            return;
        }
        try {
            if (!p.waitFor(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash would; returns once the process is gone. */
    void kill() {
        stopRequested = true;
        Process p = process;
        if (p != null) {
            p.destroyForcibly();
            awaitExit(Duration.ofSeconds(10));
        }
    }

    /** The last lines of the log file, decoded leniently. */
    String logTail(int lines) {
        try {
            byte[] bytes = Files.readAllBytes(plan.logFile());
            int from = Math.max(0, bytes.length - 64 * 1024);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, from, bytes.length)))
                    .toString();
            List<String> all = text.lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}

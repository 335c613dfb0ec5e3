package org.fengqiao.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the local stack. Start from {@link #defaults()} and adjust with the {@code with...} methods,
 * e.g. for an end-to-end test beside a developer's stack:
 *
 * <pre>{@code
 * LocalStackOptions.defaults()
 *         .withDataDir(Path.of("target/e2e-data"))
 *         .withReset(true)
 *         .withPortOffset(1000);   // gateway on 9080, Kafka on 10092, ...
 * }</pre>
 *
 * @param repoRoot     the repository root (found by walking up from the working directory)
 * @param dataDir      Kafka log, Mongo file, identity keys and child logs ({@code kafka/ mongo/ identity/ logs/})
 * @param portOffset   added to every port (8080-8085, 9000, 9092, 9093, 27017)
 * @param reset        wipe {@code dataDir} before starting
 * @param components   what to start, by name (see {@link LocalStack#COMPONENTS}); started in the fixed order
 * @param readyTimeout how long the whole start may take until every component is ready
 * @param jvmOptions   JVM options for every child (env {@code FENGQIAO_JVM_OPTS} replaces the defaults)
 * @param extraEnv     extra environment variables for every child, after the launcher's own
 */
public record LocalStackOptions(Path repoRoot, Path dataDir, int portOffset, boolean reset, List<String> components,
                                Duration readyTimeout, List<String> jvmOptions, Map<String, String> extraEnv) {

    /**
     * Per STACK.md: C1 only, serial GC and small stacks cut start time and RSS; a small initial heap keeps an idle
     * child from touching a young generation sized for this machine (Kafka: 340 MB RSS down to 170 MB).
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss256k", "-Xms32m", "-Xmx256m");
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    public static final String DATA_DIR_ENV = "FENGQIAO_DATA_DIR";
    public static final String JVM_OPTS_ENV = "FENGQIAO_JVM_OPTS";
    public static final String DEFAULT_DATA_DIR_NAME = ".fengqiao-data";

    public LocalStackOptions {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        components = ComponentSpec.inStartOrder(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("no components to start");
        }
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        if (readyTimeout.isNegative() || readyTimeout.isZero()) {
            throw new IllegalArgumentException("readyTimeout must be positive: " + readyTimeout);
        }
        jvmOptions = List.copyOf(jvmOptions);
        extraEnv = Map.copyOf(extraEnv);
        checkPortOffset(portOffset);
    }

    /** Defaults for the current working directory and process environment. */
    public static LocalStackOptions defaults() {
        return defaults(Path.of("").toAbsolutePath(), System.getenv());
    }

    static LocalStackOptions defaults(Path workingDir, Map<String, String> env) {
        Path root = RepoRoot.find(workingDir);
        String dataDirEnv = env.get(DATA_DIR_ENV);
        Path dataDir = dataDirEnv == null || dataDirEnv.isBlank()
                ? root.resolve(DEFAULT_DATA_DIR_NAME)
                : workingDir.resolve(dataDirEnv);
        String jvmEnv = env.get(JVM_OPTS_ENV);
        List<String> jvm = jvmEnv == null || jvmEnv.isBlank()
                ? DEFAULT_JVM_OPTIONS
                : Arrays.stream(jvmEnv.trim().split("\\s+")).toList();
        return new LocalStackOptions(root, dataDir, 0, false,
                ComponentSpec.names(), DEFAULT_READY_TIMEOUT, jvm, Map.of());
    }

    public LocalStackOptions withDataDir(Path dir) {
        return new LocalStackOptions(repoRoot, dir, portOffset, reset, components, readyTimeout, jvmOptions, extraEnv);
    }

    public LocalStackOptions withPortOffset(int offset) {
        return new LocalStackOptions(repoRoot, dataDir, offset, reset, components, readyTimeout, jvmOptions, extraEnv);
    }

    public LocalStackOptions withReset(boolean wipe) {
        return new LocalStackOptions(repoRoot, dataDir, portOffset, wipe,
                components, readyTimeout, jvmOptions, extraEnv);
    }

    /** Only these components (names or the groups {@code infra}, {@code services}, {@code all}). */
    public LocalStackOptions withOnly(String... selection) {
        List<String> selected = ComponentSpec.select(String.join(",", selection));
        return new LocalStackOptions(repoRoot, dataDir, portOffset, reset,
                selected, readyTimeout, jvmOptions, extraEnv);
    }

    public LocalStackOptions withReadyTimeout(Duration timeout) {
        return new LocalStackOptions(repoRoot, dataDir, portOffset, reset, components, timeout, jvmOptions, extraEnv);
    }

    public LocalStackOptions withJvmOptions(List<String> options) {
        return new LocalStackOptions(repoRoot, dataDir, portOffset, reset, components, readyTimeout, options, extraEnv);
    }

    public LocalStackOptions withExtraEnv(Map<String, String> env) {
        Map<String, String> merged = new LinkedHashMap<>(extraEnv);
        merged.putAll(env);
        return new LocalStackOptions(repoRoot, dataDir, portOffset, reset,
                components, readyTimeout, jvmOptions, merged);
    }

    /** The port a component listens on with this offset. */
    public int port(String component) {
        return ComponentSpec.named(component).basePort() + portOffset;
    }

    private static void checkPortOffset(int offset) {
        int lowest = ComponentSpec.ALL.stream().mapToInt(ComponentSpec::basePort).min().orElseThrow() + offset;
        int highest = ComponentSpec.ALL.stream().mapToInt(ComponentSpec::basePort).max().orElseThrow() + offset;
        if (lowest < 1024 || highest > 65535) {
            throw new IllegalArgumentException("port offset " + offset + " puts ports at " + lowest + ".." + highest
                    + ", outside 1024..65535");
        }
    }
}

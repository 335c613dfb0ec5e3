package org.fengqiao.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The whole platform on one machine: Kafka, the Mongo-wire store and the identity server, then the five
 * services, then the gateway, each a child process with its output in {@code <data>/logs/<name>.log}.
 *
 * <p>As a command ({@code deploy/local/start}, see {@code --help}) it prints where everything listens and
 * runs until Ctrl-C or SIGTERM. As an API for end-to-end tests:
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStackOptions.defaults().withPortOffset(1000).withReset(true)
 *         .withDataDir(Path.of("target/e2e-data")))) {
 *     String gateway = stack.url("gateway");         // http://localhost:9080
 *     stack.kill("petition-service");                // kill -9
 *     stack.restart("petition-service");             // start again, wait until ready
 *     stack.stop("kafka"); ... stack.start("kafka"); // a broker outage
 * }
 * }</pre>
 *
 * Component names: {@link #COMPONENTS}. Start-up fails fast, stopping everything already started, when a
 * jar is missing, a port is taken, a child exits, or the stack is not ready within the timeout. A shutdown
 * hook stops the children in reverse order (gateway first, infrastructure last) when the JVM exits.
 */
public final class LocalStack implements AutoCloseable {

    /** Every component name, in start order. */
    public static final List<String> COMPONENTS = ComponentSpec.names();

    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;

    private final LocalStackOptions options;
    private final LaunchPlanner planner;
    private final ReadinessProbe probe = new ReadinessProbe();
    private final PrintStream out;
    private final Object lifecycle = new Object();
    /** Every selected component in start order; fixed before any other thread can see it. */
    private final Map<String, ChildProcess> children;
    private final Thread shutdownHook = new Thread(this::stop, "fengqiao-local-stack-shutdown");
    private final CountDownLatch stoppedLatch = new CountDownLatch(1);
    private volatile boolean up;
    private volatile boolean stopping;
    private volatile Duration startupTime;

    private LocalStack(LocalStackOptions options, PrintStream out) {
        this.options = options;
        this.planner = new LaunchPlanner(options, RepoRoot.version(options.repoRoot()));
        this.out = out;
        Map<String, ChildProcess> byName = new LinkedHashMap<>();
        options.components().forEach(name -> byName.put(name,
                new ChildProcess(planner.plan(name), () -> planner.secretEnv(name))));
        this.children = Collections.unmodifiableMap(byName);
    }

    /** Starts the selected components and returns once every one of them is ready. */
    public static LocalStack start(LocalStackOptions options) {
        return start(options, System.out);
    }

    static LocalStack start(LocalStackOptions options, PrintStream out) {
        LocalStack stack = new LocalStack(options, out);
        stack.startAll();
        return stack;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        CommandLine command;
        try {
            command = CommandLine.parse(args, Path.of("").toAbsolutePath(), System.getenv());
        } catch (IllegalArgumentException | LocalStackException e) {
            err.println("error: " + e.getMessage());
            err.println("Try --help.");
            System.exit(2);
            return;
        }
        if (command.help()) {
            out.print(CommandLine.HELP);
            return;
        }
        LocalStack stack;
        try {
            stack = start(command.options(), out);
        } catch (LocalStackException e) {
            err.println();
            err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        ReadyBanner.print(out, stack.runningChildren(), stack.startupTime(), stack.options, stack.demoSecret(),
                stack.planner.issuerUri());
        stack.awaitStopped();
    }

    // ----- the API for end-to-end tests

    public LocalStackOptions options() {
        return options;
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /** From the start command until every component was ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Where a client connects: {@code http://localhost:<port>} for HTTP components, {@code localhost:<port>}
     * for kafka (bootstrap servers), {@code mongodb://localhost:<port>} for mongo.
     */
    public String url(String component) {
        return child(component).plan().url();
    }

    public int port(String component) {
        return child(component).plan().port();
    }

    public String kafkaBootstrapServers() {
        return url("kafka");
    }

    public String mongoUri(String database) {
        return url("mongo") + "/" + database;
    }

    /** The OS process id, or -1 when the component is not running. */
    public long pid(String component) {
        ChildProcess child = child(component);
        return child.isAlive() ? child.pid() : -1;
    }

    public boolean isRunning(String component) {
        return child(component).isAlive();
    }

    public Path logFile(String component) {
        return child(component).plan().logFile();
    }

    /** {@code kill -9}: the component dies the way a crash kills it; returns once the process is gone. */
    public synchronized void kill(String component) {
        ChildProcess child = child(component);
        child.kill();
        out.printf("  %-22s killed%n", component);
    }

    /** Stops one component gracefully (SIGTERM, then SIGKILL after 20 s), e.g. Kafka for an outage test. */
    public synchronized void stop(String component) {
        ChildProcess child = child(component);
        child.requestStop();
        child.awaitExit(STOP_GRACE);
        out.printf("  %-22s stopped%n", component);
    }

    /** Starts a stopped or killed component again and waits until it is ready. */
    public synchronized void start(String component) {
        ChildProcess child = child(component);
        if (child.isAlive()) {
            throw new IllegalStateException(component + " is already running (pid " + child.pid() + ")");
        }
        Instant deadline = Instant.now().plus(options.readyTimeout());
        launch(child, false);
        awaitReady(List.of(child), deadline);
    }

    /** Stops the component if it runs, starts it again and waits until it is ready. */
    public synchronized void restart(String component) {
        if (child(component).isAlive()) {
            stop(component);
        }
        start(component);
    }

    /**
     * Restarts one component with {@code env} set over its planned environment (kept for later restarts of it),
     * e.g. notification-service with a test's hotline callback URL; an empty map goes back to the plan.
     */
    public synchronized void restart(String component, Map<String, String> env) {
        if (child(component).isAlive()) {
            stop(component);
        }
        child(component).overrideEnv(env);
        start(component);
    }

    /** Stops every component in reverse start order and waits for them; safe to call more than once. */
    public void stop() {
        List<ChildProcess> running;
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
            running = new ArrayList<>(children.values());
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook is this stop's twin and returns at once
            }
        }
        Instant begin = Instant.now();
        Map<Integer, List<ChildProcess>> byTier = running.stream()
                .collect(Collectors.groupingBy(c -> c.plan().spec().tier(), LinkedHashMap::new, Collectors.toList()));
        byTier.keySet().stream().sorted(Comparator.reverseOrder()).forEach(tier -> {
            List<ChildProcess> wave = byTier.get(tier).stream().filter(ChildProcess::isAlive).toList();
            if (!wave.isEmpty()) {
                out.printf("  stopping %s%n", names(wave));
                wave.forEach(ChildProcess::requestStop);
                wave.forEach(c -> c.awaitExit(STOP_GRACE));
            }
        });
        out.printf("Fengqiao local stack stopped in %s%n", ReadyBanner.seconds(Duration.between(begin, Instant.now())));
        stoppedLatch.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    // ----- start-up

    private void startAll() {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(options.readyTimeout());
        List<LaunchPlan> plans = children.values().stream().map(ChildProcess::plan).toList();
        checkBuilt(plans);
        prepareDataDir();
        checkPortsFree(plans);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        out.printf("Starting the Fengqiao local stack (data: %s, port offset %d)%n", options.dataDir(),
                options.portOffset());
        try {
            for (int tier : plans.stream().map(p -> p.spec().tier()).distinct().sorted().toList()) {
                List<ChildProcess> wave = children.values().stream()
                        .filter(c -> c.plan().spec().tier() == tier).toList();
                out.printf("  starting %s%n", names(wave));
                wave.forEach(child -> launch(child, true));
                awaitReady(wave, deadline);
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        startupTime = Duration.between(begin, Instant.now());
        up = true;
        out.printf("All %d components ready in %s%n", plans.size(), ReadyBanner.seconds(startupTime));
    }

    private void launch(ChildProcess child, boolean firstStart) {
        synchronized (lifecycle) {
            if (stopping) {
                throw new LocalStackException("the stack is stopping; not starting " + child.name());
            }
            try {
                child.start(firstStart);
            } catch (IOException e) {
                throw new LocalStackException("cannot start " + child.name() + ": " + e.getMessage(), e);
            }
        }
        Process started = child.process();
        started.onExit().thenAccept(process -> {
            // A later restart replaces the process; only the current one's death is news.
            if (up && !stopping && child.process() == process && !child.stopRequested()) {
                out.printf("! %s exited unexpectedly with code %d; see %s%n", child.name(), process.exitValue(),
                        child.plan().logFile());
            }
        });
    }

    private void awaitReady(List<ChildProcess> wave, Instant deadline) {
        Set<ChildProcess> pending = new LinkedHashSet<>(wave);
        while (true) {
            for (Iterator<ChildProcess> it = pending.iterator(); it.hasNext(); ) {
                ChildProcess child = it.next();
                if (stopping) {
                    throw new LocalStackException("stopped while waiting for " + names(pending));
                }
                if (!child.isAlive()) {
                    throw new LocalStackException(child.name() + " exited with code " + child.exitCode()
                            + " during start-up. Last lines of " + child.plan().logFile() + ":"
                            + System.lineSeparator() + child.logTail(LOG_TAIL_LINES));
                }
                if (probe.isReady(child.plan())) {
                    child.markReady();
                    it.remove();
                    out.printf("  %-22s ready after %s (pid %d, %s)%n", child.name(),
                            ReadyBanner.seconds(child.readyAfter()), child.pid(), child.plan().url());
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                ChildProcess first = pending.iterator().next();
                throw new LocalStackException(names(pending) + " not ready within " + options.readyTimeout().toSeconds()
                        + " s (waiting for " + readinessSignal(first.plan()) + "). Last lines of "
                        + first.plan().logFile() + ":" + System.lineSeparator() + first.logTail(LOG_TAIL_LINES));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("interrupted while waiting for " + names(pending), e);
            }
        }
    }

    private static String readinessSignal(LaunchPlan plan) {
        return plan.health() != null
                ? "GET " + plan.health() + " to answer status UP"
                : plan.readyFile() + " and port " + plan.port();
    }

    private void checkBuilt(List<LaunchPlan> plans) {
        List<Path> missing = plans.stream().flatMap(p -> p.requiredFiles().stream())
                .distinct().filter(Files::notExists).toList();
        if (!missing.isEmpty()) {
            throw new LocalStackException("not built yet: " + missing.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + ". Build with './mvnw -B -DskipTests package' "
                    + "or start with 'deploy/local/start --build'.");
        }
    }

    private static void checkPortsFree(List<LaunchPlan> plans) {
        List<String> taken = new ArrayList<>();
        for (LaunchPlan plan : plans) {
            for (int port : plan.ports()) {
                if (!portFree(port)) {
                    taken.add(port + " (" + plan.name() + ")");
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new LocalStackException("ports already in use: " + String.join(", ", taken)
                    + ". Is another stack running? Stop it, or use --port-offset N.");
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void prepareDataDir() {
        Path data = options.dataDir();
        try {
            if (options.reset() && Files.exists(data)) {
                DataDirs.checkSafeToWipe(data, options.repoRoot());
                out.printf("Wiping %s%n", data);
                DataDirs.deleteRecursively(data);
            }
            for (String sub : List.of("kafka", "mongo", "identity", "logs")) {
                Files.createDirectories(data.resolve(sub));
            }
        } catch (IOException e) {
            throw new LocalStackException("cannot prepare " + data + ": " + e, e);
        }
    }

    // ----- helpers

    private ChildProcess child(String component) {
        ChildProcess child = children.get(ComponentSpec.named(component).name());
        if (child == null) {
            throw new IllegalArgumentException(component + " is not part of this stack; it runs " + children.keySet());
        }
        return child;
    }

    private List<ChildProcess> runningChildren() {
        return children.values().stream().filter(ChildProcess::isAlive).toList();
    }

    private String demoSecret() {
        String secret = options.extraEnv()
                .getOrDefault(DemoIdentity.SECRET_ENV, System.getenv(DemoIdentity.SECRET_ENV));
        return secret == null || secret.isBlank() ? DemoIdentity.DEFAULT_SECRET : secret;
    }

    private void awaitStopped() {
        try {
            stoppedLatch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String names(Iterable<ChildProcess> wave) {
        List<String> names = new ArrayList<>();
        wave.forEach(c -> names.add(c.name()));
        return String.join(", ", names);
    }
}

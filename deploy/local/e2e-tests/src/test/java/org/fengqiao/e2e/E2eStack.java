package org.fengqiao.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.local.LocalStack;
import org.fengqiao.local.LocalStackOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running stack for the whole e2e module: the first class that needs it starts it (as the README does,
 * beside a developer's stack at port offset 20000 by default), every later class reuses it, and it stops
 * when the test run ends. Starting it once per class would cost a minute of a 2-core CI machine each time.
 *
 * <p>The stack runs with a short village mediation clock (see {@link #VILLAGE_ACT_WITHIN}) so that scenario 3
 * sees a dispute escalate to the township within the test; every other clock keeps its production value.
 */
final class E2eStack implements AutoCloseable {

    /** Beside a developer's running stack on the default ports; {@code -Dfengqiao.e2e.port-offset} moves it. */
    static final int PORT_OFFSET = Integer.getInteger("fengqiao.e2e.port-offset", 20000);
    /** A village that does not act on a dispute within this time hands it to the township. */
    static final Duration VILLAGE_ACT_WITHIN = Duration.ofMinutes(1);
    static final Duration SCAN_INTERVAL = Duration.ofSeconds(2);

    private static volatile E2eStack shared;

    private final LocalStackOptions options;
    private final Map<String, Actor> actors = new ConcurrentHashMap<>();
    private volatile LocalStack stack;

    private E2eStack(LocalStackOptions options) {
        this.options = options;
        this.stack = LocalStack.start(options);
    }

    /** The module's stack, started on first use. */
    static synchronized E2eStack shared() {
        if (shared == null) {
            shared = new E2eStack(LocalStackOptions.defaults()
                    .withDataDir(Path.of("target", "e2e-data").toAbsolutePath())
                    .withReset(true)
                    .withPortOffset(PORT_OFFSET)
                    .withReadyTimeout(Duration.ofMinutes(5))
                    .withExtraEnv(Map.of(
                            "FENGQIAO_MEDIATION_CLOCKS_VILLAGEACTWITHIN", VILLAGE_ACT_WITHIN.toMinutes() + "m",
                            "FENGQIAO_MEDIATION_CLOCKS_SCANINTERVAL", SCAN_INTERVAL.toSeconds() + "s",
                            "FENGQIAO_PETITIONS_DEADLINESCANINTERVAL", SCAN_INTERVAL.toSeconds() + "s",
                            // drill mode: an administrator may move a service's clock forward (PetitionDeadlinesIT)
                            "FENGQIAO_CLOCK_ADJUSTABLE", "true")));
        }
        return shared;
    }

    LocalStack stack() {
        return stack;
    }

    String gateway() {
        return stack.url("gateway");
    }

    /** A demo identity with its token, fetched once per stack start. */
    Actor actor(String clientId) {
        return actors.computeIfAbsent(clientId, id -> Actor.login(id, stack.url("identity-server"), gateway()));
    }

    Actor anonymous() {
        return Actor.anonymous(gateway());
    }

    /** Stops every component and starts the stack again on the same data. */
    synchronized void restartAll() {
        stack.close();
        actors.clear();
        stack = LocalStack.start(options.withReset(false));
    }

    @Override
    public void close() {
        stack.close();
    }

    /** Puts the shared stack into the run's root store, so JUnit stops it after the last class. */
    static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(E2eStack.class))
                    .computeIfAbsent("stack", key -> shared(), E2eStack.class);
        }
    }

    /** Marks a test class that drives the shared stack. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Extension.class)
    @interface Uses {
    }
}

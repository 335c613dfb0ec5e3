package org.fengqiao.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The launcher's command line: {@code --help}, or options on top of {@link LocalStackOptions#defaults()}. */
record CommandLine(boolean help, LocalStackOptions options) {

    static final String HELP = """
            Usage: deploy/local/start [--build] [options]

            Starts the Fengqiao platform on this machine: Kafka (KRaft), the Mongo-wire store and the
            identity server, then petition, mediation, grid, survey and notification services, then the
            gateway. Each runs as a child process, logging to <data>/logs/<name>.log. Ctrl-C stops all.

            Options:
              --build             (start script only) run './mvnw -B -q -DskipTests package' first;
                                  without it the script builds only when a jar is missing
              --reset             wipe the data directory first (Kafka topics, Mongo data, keys, logs)
              --data-dir DIR      data directory (default: <repo>/.fengqiao-data, env FENGQIAO_DATA_DIR)
              --port-offset N     add N to every port, e.g. 1000 to run beside another stack
                                  (defaults: gateway 8080, services 8081-8085, identity 9000,
                                  Kafka 9092 + controller 9093, Mongo 27017)
              --only LIST         start only these, comma-separated: component names or the groups
                                  infra (kafka, mongo, identity-server), services, all
              --timeout SECONDS   how long start-up may take until everything is ready (default 180)
              -h, --help          this text

            Components: kafka, mongo, identity-server, petition-service, mediation-service, grid-service,
                        survey-service, notification-service, gateway

            Environment:
              FENGQIAO_DATA_DIR     data directory (the --data-dir option wins)
              FENGQIAO_JVM_OPTS     JVM options for every child, replacing the default
                                    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss256k -Xms32m -Xmx256m"
              FENGQIAO_DEMO_SECRET  secret of the demo OAuth2 clients (default demo-secret)
              FENGQIAO_MVN_ARGS     (start script only) extra Maven arguments for the build, e.g. -o
            """;

    static CommandLine parse(String[] args, Path workingDir, Map<String, String> env) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(true, null);
            }
        }
        LocalStackOptions options = LocalStackOptions.defaults(workingDir, env);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--reset" -> options = options.withReset(true);
                case "--data-dir" -> options = options.withDataDir(
                        workingDir.resolve(value(args, i, name, inlineValue)));
                case "--port-offset" -> options = options.withPortOffset(
                        integer(value(args, i, name, inlineValue), name));
                case "--only" -> options = options.withOnly(value(args, i, name, inlineValue));
                case "--timeout" -> {
                    int seconds = integer(value(args, i, name, inlineValue), name);
                    options = options.withReadyTimeout(Duration.ofSeconds(seconds));
                }
                case "--build" -> throw new IllegalArgumentException(
                        "--build is handled by deploy/local/start; the launcher itself does not build");
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
            if (inlineValue == null && takesValue(name)) {
                i++;
            }
        }
        return new CommandLine(false, options);
    }

    private static boolean takesValue(String name) {
        return !name.equals("--reset");
    }

    private static String value(String[] args, int i, String name, String inlineValue) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i + 1];
    }

    private static int integer(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got '" + value + "'");
        }
    }
}

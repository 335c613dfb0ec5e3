package org.fengqiao.local;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns options into the command line, environment and readiness check of each component. */
final class LaunchPlanner {

    static final String KAFKA_MAIN = "org.fengqiao.local.infra.KafkaBrokerMain";
    static final String MONGO_MAIN = "org.fengqiao.local.infra.MongoStoreMain";
    static final String READINESS_PATH = "/actuator/health/readiness";
    static final String HEALTH_PATH = "/actuator/health";

    private final LocalStackOptions options;
    private final String version;
    private final Path java;

    LaunchPlanner(LocalStackOptions options, String version) {
        this(options, version, Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    LaunchPlanner(LocalStackOptions options, String version, Path java) {
        this.options = options;
        this.version = version;
        this.java = java;
    }

    LaunchPlan plan(String component) {
        ComponentSpec spec = ComponentSpec.named(component);
        return switch (spec.kind()) {
            case KAFKA -> kafka(spec);
            case MONGO -> mongo(spec);
            case IDENTITY, SERVICE, GATEWAY -> boot(spec);
        };
    }

    int port(String component) {
        return options.port(component);
    }

    Path logFile(String component) {
        return options.dataDir().resolve("logs").resolve(component + ".log");
    }

    private LaunchPlan kafka(ComponentSpec spec) {
        int port = port(spec.name());
        int controllerPort = ComponentSpec.KAFKA_CONTROLLER_BASE_PORT + options.portOffset();
        Path dir = options.dataDir().resolve("kafka");
        Path ready = dir.resolve("ready");
        List<String> command = devInfra(spec, KAFKA_MAIN, "--dir", dir.toString(), "--port", String.valueOf(port),
                "--controller-port", String.valueOf(controllerPort), "--ready-file", ready.toString());
        return new LaunchPlan(spec, port, "localhost:" + port, List.of(port, controllerPort), command,
                withExtra(commonEnv()), options.dataDir(), logFile(spec.name()), devInfraFiles(), ready, null);
    }

    private LaunchPlan mongo(ComponentSpec spec) {
        int port = port(spec.name());
        Path dir = options.dataDir().resolve("mongo");
        Path ready = dir.resolve("ready");
        List<String> command = devInfra(spec, MONGO_MAIN, "--dir", dir.toString(), "--port", String.valueOf(port),
                "--ready-file", ready.toString());
        return new LaunchPlan(spec, port, "mongodb://localhost:" + port, List.of(port), command,
                withExtra(commonEnv()), options.dataDir(), logFile(spec.name()), devInfraFiles(), ready, null);
    }

    private LaunchPlan boot(ComponentSpec spec) {
        int port = port(spec.name());
        String url = "http://localhost:" + port;
        Path jar = bootJar(spec);
        List<String> command = jvm(spec);
        command.add("-jar");
        command.add(jar.toString());

        Map<String, String> env = commonEnv();
        env.put("SERVER_PORT", String.valueOf(port));
        // Boot exposes the liveness/readiness groups by default only on Kubernetes; the launcher relies on them.
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("OAUTH2_ISSUER_URI", issuerUri());
        switch (spec.kind()) {
            case IDENTITY -> {
                // keeps its signing key under $FENGQIAO_DATA_DIR/identity; the issuer follows the offset port
            }
            case SERVICE -> {
                env.put("MONGODB_URI", "mongodb://localhost:" + port("mongo") + "/" + spec.database());
                env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + port("kafka"));
                env.put("OAUTH2_JWK_SET_URI", issuerUri() + "/oauth2/jwks");
                // Links sent to citizens (the rating link in the SMS) must reach this stack's gateway at its offset.
                env.put("FENGQIAO_PUBLIC_BASE_URL", "http://localhost:" + port("gateway"));
            }
            case GATEWAY -> {
                env.put("OAUTH2_JWK_SET_URI", issuerUri() + "/oauth2/jwks");
                for (String service : ComponentSpec.services()) {
                    env.put(serviceUrlVariable(service), "http://localhost:" + port(service));
                }
            }
            default -> throw new IllegalStateException(spec.kind().toString());
        }
        String healthPath = spec.kind() == ComponentSpec.Kind.IDENTITY ? HEALTH_PATH : READINESS_PATH;
        return new LaunchPlan(spec, port, url, List.of(port), command, withExtra(env), options.dataDir(),
                logFile(spec.name()), List.of(jar), null, URI.create(url + healthPath));
    }

    /**
     * Secrets a component gets at each start, read (or generated once) from the data directory: petition-service's
     * petitioner keys ({@link PetitionerKeys}). Read at start rather than planned, because {@code --reset} wipes the
     * data directory after planning. A variable the options set explicitly wins.
     */
    Map<String, String> secretEnv(String component) {
        if (!PetitionerKeys.COMPONENT.equals(component)) {
            return Map.of();
        }
        Map<String, String> env = new LinkedHashMap<>(PetitionerKeys.ensure(options.dataDir()));
        env.keySet().removeAll(options.extraEnv().keySet());
        return env;
    }

    /** {@code petition-service} → {@code PETITION_SERVICE_URL}, as the gateway's application.yml expects. */
    static String serviceUrlVariable(String service) {
        return service.toUpperCase().replace('-', '_') + "_URL";
    }

    String issuerUri() {
        return "http://localhost:" + port("identity-server");
    }

    private Map<String, String> commonEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(LocalStackOptions.DATA_DIR_ENV, options.dataDir().toString());
        return env;
    }

    /** Extra variables from the options come last, so a test can override anything the launcher sets. */
    private Map<String, String> withExtra(Map<String, String> env) {
        env.putAll(options.extraEnv());
        return env;
    }

    private List<String> jvm(ComponentSpec spec) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options.jvmOptions());
        // Chinese text in logs must not depend on the machine's locale.
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dsun.stderr.encoding=UTF-8");
        // Makes the children easy to find with ps/jps.
        command.add("-Dfengqiao.component=" + spec.name());
        return command;
    }

    private List<String> devInfra(ComponentSpec spec, String mainClass, String... args) {
        List<String> command = jvm(spec);
        command.add("-cp");
        command.add(devInfraJar() + File.pathSeparator + devInfraLib().resolve("*"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private Path devInfraJar() {
        return moduleTarget(ComponentSpec.DEV_INFRA_MODULE).resolve("dev-infra-" + version + ".jar");
    }

    private Path devInfraLib() {
        return moduleTarget(ComponentSpec.DEV_INFRA_MODULE).resolve("lib");
    }

    private List<Path> devInfraFiles() {
        return List.of(devInfraJar(), devInfraLib());
    }

    private Path bootJar(ComponentSpec spec) {
        String artifactId = Path.of(spec.module()).getFileName().toString();
        return moduleTarget(spec.module()).resolve(artifactId + "-" + version + "-exec.jar");
    }

    private Path moduleTarget(String module) {
        return options.repoRoot().resolve(module).resolve("target");
    }
}

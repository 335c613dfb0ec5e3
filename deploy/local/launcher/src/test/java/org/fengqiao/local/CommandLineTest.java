package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private Path root;

    @BeforeEach
    void repo() throws Exception {
        root = FakeRepo.create(dir).toAbsolutePath().normalize();
    }

    @Test
    void withoutOptionsStartsEverythingWithDataUnderTheRepoRoot() {
        LocalStackOptions options = parse(Map.of()).options();

        assertThat(options.repoRoot()).isEqualTo(root);
        assertThat(options.dataDir()).isEqualTo(root.resolve(".fengqiao-data"));
        assertThat(options.portOffset()).isZero();
        assertThat(options.reset()).isFalse();
        assertThat(options.components()).containsExactly("kafka", "mongo", "identity-server", "petition-service",
                "mediation-service", "grid-service", "survey-service", "notification-service", "gateway");
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.jvmOptions()).isEqualTo(LocalStackOptions.DEFAULT_JVM_OPTIONS);
    }

    @Test
    void findsTheRepoRootFromAModuleDirectoryLikeSurefire() {
        CommandLine command = CommandLine.parse(new String[0], FakeRepo.module(root), Map.of());

        assertThat(command.options().repoRoot()).isEqualTo(root);
        assertThat(command.options().dataDir()).isEqualTo(root.resolve(".fengqiao-data"));
    }

    @Test
    void environmentSetsDataDirAndJvmOptionsAndTheDataDirOptionWins() {
        Map<String, String> env = Map.of("FENGQIAO_DATA_DIR", "/srv/fq", "FENGQIAO_JVM_OPTS", " -Xmx512m  -XX:+UseG1GC ");

        LocalStackOptions fromEnv = parse(env).options();
        LocalStackOptions fromOption = parse(env, "--data-dir", "/var/tmp/other").options();

        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/srv/fq"));
        assertThat(fromEnv.jvmOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
        assertThat(fromOption.dataDir()).isEqualTo(Path.of("/var/tmp/other"));
    }

    @Test
    void aRelativeDataDirIsRelativeToTheWorkingDirectory() {
        assertThat(parse(Map.of(), "--data-dir=build/data").options().dataDir()).isEqualTo(root.resolve("build/data"));
    }

    @Test
    void portOffsetMovesEveryPort() {
        LocalStackOptions options = parse(Map.of(), "--port-offset", "1000").options();

        assertThat(options.portOffset()).isEqualTo(1000);
        assertThat(options.port("gateway")).isEqualTo(9080);
        assertThat(options.port("petition-service")).isEqualTo(9081);
        assertThat(options.port("notification-service")).isEqualTo(9085);
        assertThat(options.port("identity-server")).isEqualTo(10000);
        assertThat(options.port("kafka")).isEqualTo(10092);
        assertThat(options.port("mongo")).isEqualTo(28017);
    }

    @Test
    void onlyInfraStartsTheThreeInfrastructureProcesses() {
        assertThat(parse(Map.of(), "--only", "infra").options().components())
                .containsExactly("kafka", "mongo", "identity-server");
    }

    @Test
    void onlyKeepsTheStartOrderWhateverTheOrderGiven() {
        assertThat(parse(Map.of(), "--only=gateway,petition-service,infra").options().components())
                .containsExactly("kafka", "mongo", "identity-server", "petition-service", "gateway");
        assertThat(parse(Map.of(), "--only", "services").options().components())
                .containsExactly("petition-service", "mediation-service", "grid-service", "survey-service",
                        "notification-service");
    }

    @Test
    void resetAndTimeout() {
        LocalStackOptions options = parse(Map.of(), "--reset", "--timeout", "60").options();

        assertThat(options.reset()).isTrue();
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void helpNeedsNoRepository() {
        CommandLine command = CommandLine.parse(new String[] {"--port-offset", "x", "--help"}, Path.of("/"), Map.of());

        assertThat(command.help()).isTrue();
        assertThat(CommandLine.HELP).contains("--reset", "--data-dir", "--port-offset", "--only", "--timeout",
                "FENGQIAO_JVM_OPTS");
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> parse(Map.of(), "--verbose")).hasMessageContaining("unknown option: --verbose");
        assertThatThrownBy(() -> parse(Map.of(), "--port-offset", "ten")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse(Map.of(), "--port-offset")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--data-dir", "--reset")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--only", "kafka,zookeeper")).hasMessageContaining("unknown component 'zookeeper'");
        assertThatThrownBy(() -> parse(Map.of(), "--port-offset", "40000")).hasMessageContaining("outside 1024..65535");
        assertThatThrownBy(() -> parse(Map.of(), "--timeout", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> parse(Map.of(), "--build")).hasMessageContaining("deploy/local/start");
    }

    private CommandLine parse(Map<String, String> env, String... args) {
        return CommandLine.parse(args, root, env);
    }
}

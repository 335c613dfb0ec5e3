package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetitionerKeysTest {

    @TempDir
    Path dir;

    @Test
    void generatesTwoDistinctRandomKeysOncePerDataDirectoryAndReusesThem() throws Exception {
        Path data = dir.resolve("data");

        Map<String, String> first = PetitionerKeys.ensure(data);
        Map<String, String> again = PetitionerKeys.ensure(data);

        assertThat(first).containsOnlyKeys("PETITIONER_ENCRYPTION_KEY", "PETITIONER_HASH_KEY");
        assertThat(first.values()).allSatisfy(key -> assertThat(Base64.getDecoder().decode(key)).hasSize(32));
        assertThat(first.get("PETITIONER_ENCRYPTION_KEY")).isNotEqualTo(first.get("PETITIONER_HASH_KEY"));
        assertThat(again).isEqualTo(first);
        assertThat(PetitionerKeys.ensure(dir.resolve("other"))).as("another data directory, other keys")
                .doesNotContainValue(first.get("PETITIONER_ENCRYPTION_KEY"));
        Path file = data.resolve("secrets/petitioner-keys.properties");
        assertThat(Files.readString(file)).contains(first.get("PETITIONER_HASH_KEY").replace("=", "\\="));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithWhatToDo() throws Exception {
        Path file = Files.createDirectories(dir.resolve("secrets")).resolve("petitioner-keys.properties");
        Files.writeString(file, "PETITIONER_ENCRYPTION_KEY=short\n");

        assertThatThrownBy(() -> PetitionerKeys.ensure(dir)).isInstanceOf(LocalStackException.class)
                .hasMessageContaining("PETITIONER_ENCRYPTION_KEY").hasMessageContaining("--reset");
    }

    @Test
    void onlyPetitionServiceGetsTheKeysAndAnExplicitVariableWins() throws Exception {
        Path root = FakeRepo.create(dir).toAbsolutePath().normalize();
        Path data = root.resolve("e2e-data");
        LocalStackOptions options = LocalStackOptions.defaults(root, Map.of()).withDataDir(data);
        LaunchPlanner planner = new LaunchPlanner(options, "1.2.3", Path.of("/jdk/bin/java"));

        assertThat(planner.secretEnv("petition-service")).isEqualTo(PetitionerKeys.ensure(data));
        assertThat(planner.plan("petition-service").env()).as("never in the plan (printed, logged)")
                .doesNotContainKey("PETITIONER_ENCRYPTION_KEY");
        assertThat(planner.secretEnv("mediation-service")).isEmpty();
        LaunchPlanner overridden = new LaunchPlanner(options.withExtraEnv(Map.of("PETITIONER_HASH_KEY", "x")), "1.2.3",
                Path.of("/jdk/bin/java"));
        assertThat(overridden.secretEnv("petition-service")).containsOnlyKeys("PETITIONER_ENCRYPTION_KEY");
    }

    @Test
    void theChildProcessGetsTheKeysInItsEnvironmentAtEachStart() throws Exception {
        Path env = Path.of("/usr/bin/env");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(env), "needs /usr/bin/env");
        Path data = Files.createDirectories(dir.resolve("data"));
        LaunchPlan plan = new LaunchPlan(ComponentSpec.named("petition-service"), 0, "http://localhost:0", List.of(),
                List.of(env.toString()), Map.of("SERVER_PORT", "0"), data, data.resolve("logs/petition-service.log"),
                List.of(), null, null);
        ChildProcess child = new ChildProcess(plan, () -> PetitionerKeys.ensure(data));

        child.start(true);
        child.awaitExit(java.time.Duration.ofSeconds(20));

        String printed = Files.readString(plan.logFile());
        Map<String, String> keys = PetitionerKeys.ensure(data);
        assertThat(printed).contains("PETITIONER_ENCRYPTION_KEY=" + keys.get("PETITIONER_ENCRYPTION_KEY"))
                .contains("PETITIONER_HASH_KEY=" + keys.get("PETITIONER_HASH_KEY")).contains("SERVER_PORT=0");
    }
}

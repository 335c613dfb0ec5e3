package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoRootTest {

    @TempDir
    Path dir;

    @Test
    void findsTheRootFromAModuleDirectoryWhosePomNamesFengqiaoOnlyAsItsParent() throws Exception {
        Path root = FakeRepo.create(dir);

        assertThat(RepoRoot.find(FakeRepo.module(root))).isEqualTo(root.toAbsolutePath().normalize());
    }

    @Test
    void findsTheRootFromADirectoryWithoutAPom() throws Exception {
        Path root = FakeRepo.create(dir);
        Path deep = Files.createDirectories(FakeRepo.module(root).resolve("target/e2e-data"));

        assertThat(RepoRoot.find(deep)).isEqualTo(root.toAbsolutePath().normalize());
    }

    @Test
    void readsTheProjectVersionNotTheParentVersion() throws Exception {
        assertThat(RepoRoot.version(FakeRepo.create(dir))).isEqualTo("1.2.3-SNAPSHOT");
    }

    @Test
    void saysWhereItLookedWhenThereIsNoRepository() {
        assertThatThrownBy(() -> RepoRoot.find(dir))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("artifactId fengqiao");
    }
}

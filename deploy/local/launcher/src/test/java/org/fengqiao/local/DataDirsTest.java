package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirsTest {

    @TempDir
    Path dir;

    @Test
    void wipesADataDirectory() throws Exception {
        Path root = FakeRepo.create(dir);
        Path data = Files.createDirectories(root.resolve(".fengqiao-data/kafka/log"));
        Files.writeString(data.resolve("meta.properties"), "cluster.id=x");

        DataDirs.checkSafeToWipe(root.resolve(".fengqiao-data"), root);
        DataDirs.deleteRecursively(root.resolve(".fengqiao-data"));

        assertThat(root.resolve(".fengqiao-data")).doesNotExist();
        assertThat(root.resolve("pom.xml")).exists();
    }

    @Test
    void refusesToWipeTheRepositoryOrAnythingHoldingIt() throws Exception {
        Path root = FakeRepo.create(dir);

        assertThatThrownBy(() -> DataDirs.checkSafeToWipe(root, root)).isInstanceOf(LocalStackException.class);
        assertThatThrownBy(() -> DataDirs.checkSafeToWipe(root.getParent(), root)).isInstanceOf(LocalStackException.class);
        assertThatThrownBy(() -> DataDirs.checkSafeToWipe(FakeRepo.module(root), root))
                .as("a module directory has a pom.xml").isInstanceOf(LocalStackException.class);
        assertThatThrownBy(() -> DataDirs.checkSafeToWipe(Path.of(System.getProperty("user.home")), root))
                .isInstanceOf(LocalStackException.class);
    }
}

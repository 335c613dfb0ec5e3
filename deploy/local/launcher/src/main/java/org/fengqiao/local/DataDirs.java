package org.fengqiao.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Wiping the data directory, and only when it clearly is one. */
final class DataDirs {

    private DataDirs() {
    }

    static void checkSafeToWipe(Path data, Path repoRoot) {
        Path dir = data.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (dir.getParent() == null || repoRoot.startsWith(dir) || home.startsWith(dir)
                || Files.exists(dir.resolve("pom.xml")) || Files.exists(dir.resolve(".git"))) {
            throw new LocalStackException("refusing to wipe " + dir + ": it does not look like a data directory");
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

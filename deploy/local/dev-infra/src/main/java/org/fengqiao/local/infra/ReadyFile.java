package org.fengqiao.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The readiness signal to the launcher: a file that exists exactly while the process serves requests.
 * A TCP port alone is not enough: Kafka accepts connections before the broker has joined its quorum.
 */
final class ReadyFile {

    private final Optional<Path> file;

    ReadyFile(Optional<Path> file) {
        this.file = file;
    }

    void announce(String content) {
        file.ifPresent(path -> {
            try {
                Files.createDirectories(path.getParent());
                Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
                Files.writeString(tmp, content + System.lineSeparator(), StandardCharsets.UTF_8);
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void withdraw() {
        file.ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // shutting down anyway; the launcher deletes stale files before each start
            }
        });
    }
}

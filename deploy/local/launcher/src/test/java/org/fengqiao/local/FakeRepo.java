package org.fengqiao.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A directory tree shaped like the repository: the root POM {@code fengqiao} and one module below it. */
final class FakeRepo {

    private FakeRepo() {
    }

    static Path create(Path dir) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>4.0.7</version>
                  </parent>
                  <groupId>org.fengqiao</groupId>
                  <artifactId>fengqiao</artifactId>
                  <version>1.2.3-SNAPSHOT</version>
                  <packaging>pom</packaging>
                </project>
                """);
        Path module = Files.createDirectories(dir.resolve("deploy/local/launcher"));
        Files.writeString(module.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.fengqiao</groupId>
                    <artifactId>fengqiao</artifactId>
                    <version>1.2.3-SNAPSHOT</version>
                  </parent>
                  <artifactId>launcher</artifactId>
                </project>
                """);
        return dir;
    }

    static Path module(Path root) {
        return root.resolve("deploy/local/launcher");
    }
}

package org.fengqiao.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to run one component: the command, the environment on top of the launcher's own, where
 * its output goes and how to tell it is ready (a ready file plus its port, or an HTTP health URI).
 *
 * @param url           what a client connects to: {@code http://localhost:8081}, {@code localhost:9092},
 *                      {@code mongodb://localhost:27017}
 * @param workingDir    the data directory, so relative paths a child writes stay out of the repository
 * @param ports         every port it binds (checked free before start)
 * @param requiredFiles jars that must exist; missing ones mean the build has not run
 * @param readyFile     written by the infrastructure mains once they serve requests, or {@code null}
 * @param health        {@code /actuator/health[/readiness]} of a Boot application, or {@code null}
 */
record LaunchPlan(ComponentSpec spec, int port, String url, List<Integer> ports, List<String> command,
                  Map<String, String> env, Path workingDir, Path logFile, List<Path> requiredFiles, Path readyFile,
                  URI health) {

    LaunchPlan {
        ports = List.copyOf(ports);
        command = List.copyOf(command);
        env = Map.copyOf(env);
        requiredFiles = List.copyOf(requiredFiles);
    }

    String name() {
        return spec.name();
    }
}

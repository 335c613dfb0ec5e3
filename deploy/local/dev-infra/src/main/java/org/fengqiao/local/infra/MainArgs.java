package org.fengqiao.local.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} / {@code --name=value} options of the infrastructure mains. */
final class MainArgs {

    private final Map<String, String> values;

    private MainArgs(Map<String, String> values) {
        this.values = values;
    }

    static MainArgs parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
        return new MainArgs(values);
    }

    Path path(String name, Path fallback) {
        return optionalPath(name).orElse(fallback).toAbsolutePath().normalize();
    }

    Optional<Path> optionalPath(String name) {
        return Optional.ofNullable(values.get(name)).map(Path::of).map(p -> p.toAbsolutePath().normalize());
    }

    int port(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--" + name + " out of range: " + port);
        }
        return port;
    }
}

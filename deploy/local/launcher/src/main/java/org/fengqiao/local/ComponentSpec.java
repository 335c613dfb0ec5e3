package org.fengqiao.local;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One process of the local stack. {@code tier} orders start-up (0 infrastructure, 1 services, 2 gateway);
 * {@code module} is the Maven module that builds it; {@code database} is a service's Mongo database.
 */
record ComponentSpec(String name, Kind kind, int basePort, int tier, String module, String database) {

    enum Kind { KAFKA, MONGO, IDENTITY, SERVICE, GATEWAY }

    static final int KAFKA_CONTROLLER_BASE_PORT = 9093;
    static final String DEV_INFRA_MODULE = "deploy/local/dev-infra";

    /** Every component, in start order. */
    static final List<ComponentSpec> ALL = List.of(
            new ComponentSpec("kafka", Kind.KAFKA, 9092, 0, DEV_INFRA_MODULE, null),
            new ComponentSpec("mongo", Kind.MONGO, 27017, 0, DEV_INFRA_MODULE, null),
            new ComponentSpec("identity-server", Kind.IDENTITY, 9000, 0, "deploy/local/identity-server", null),
            service("petition-service", 8081, "petition"),
            service("mediation-service", 8082, "mediation"),
            service("grid-service", 8083, "grid"),
            service("survey-service", 8084, "survey"),
            service("notification-service", 8085, "notification"),
            new ComponentSpec("gateway", Kind.GATEWAY, 8080, 2, "gateway", null));

    static final List<String> INFRA = List.of("kafka", "mongo", "identity-server");

    private static ComponentSpec service(String name, int port, String database) {
        return new ComponentSpec(name, Kind.SERVICE, port, 1, name, database);
    }

    static List<String> names() {
        return ALL.stream().map(ComponentSpec::name).toList();
    }

    static List<String> services() {
        return ALL.stream().filter(c -> c.kind() == Kind.SERVICE).map(ComponentSpec::name).toList();
    }

    static ComponentSpec named(String name) {
        return ALL.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown component '" + name + "'; known: " + String.join(", ", names())));
    }

    /**
     * Expands a selection such as {@code infra,petition-service,gateway} into component names in start order.
     * Groups: {@code all}, {@code infra} (kafka, mongo, identity-server), {@code services}.
     */
    static List<String> select(String selection) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String token : selection.split(",")) {
            String name = token.trim();
            switch (name) {
                case "" -> { }
                case "all" -> wanted.addAll(names());
                case "infra" -> wanted.addAll(INFRA);
                case "services" -> wanted.addAll(services());
                default -> wanted.add(named(name).name());
            }
        }
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("empty component selection");
        }
        return inStartOrder(wanted);
    }

    static List<String> inStartOrder(Iterable<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        names.forEach(name -> wanted.add(named(name).name()));
        List<String> ordered = new ArrayList<>();
        for (ComponentSpec spec : ALL) {
            if (wanted.contains(spec.name())) {
                ordered.add(spec.name());
            }
        }
        return ordered;
    }

    static String describeGroups() {
        return ALL.stream().map(ComponentSpec::name).collect(Collectors.joining(", "));
    }
}

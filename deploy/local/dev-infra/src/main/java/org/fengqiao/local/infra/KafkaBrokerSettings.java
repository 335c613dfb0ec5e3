package org.fengqiao.local.infra;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The single-node KRaft broker of the local stack: broker and controller in one process, everything
 * replicated once. {@code dir} holds {@code server.properties} and the log directory {@code log/}.
 */
record KafkaBrokerSettings(Path dir, int port, int controllerPort) {

    static final int NODE_ID = 1;

    Path logDir() {
        return dir.resolve("log");
    }

    Path propertiesFile() {
        return dir.resolve("server.properties");
    }

    /** Formatting writes {@code meta.properties} (with the cluster id) into the log directory. */
    boolean formatted() {
        return Files.exists(logDir().resolve("meta.properties"));
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        // A static voter set: the endpoint comes from this file on every start, so a port change
        // (e.g. --port-offset) does not clash with endpoints remembered in the metadata log.
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", logDir().toString());

        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions than the production defaults (50): the first consumer group and the
        // first transaction come up in well under a second on a laptop.
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.num.partitions", "6");
        p.setProperty("group.initial.rebalance.delay.ms", "0");

        // Sized for a developer machine shared with eight other JVMs.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("background.threads", "4");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.retention.hours", "168");
        // The cleaner of compacted topics (__consumer_offsets) allocates this up front on the heap; 128 MB by default.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return p;
    }

    Path write() throws IOException {
        Files.createDirectories(logDir());
        try (Writer out = Files.newBufferedWriter(propertiesFile(), StandardCharsets.UTF_8)) {
            toProperties().store(out, "Written by KafkaBrokerMain on every start; edits are overwritten");
        }
        return propertiesFile();
    }
}

package org.fengqiao.local.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Apache Kafka broker in KRaft mode (combined broker and controller, one node) for the local
 * stack. Options: {@code --dir} (default {@code .fengqiao-data/kafka}), {@code --port} (default 9092),
 * {@code --controller-port} (default 9093), {@code --ready-file}.
 *
 * <p>Writes {@code <dir>/server.properties} on each start and formats {@code <dir>/log} once with a fresh
 * cluster id; afterwards the id stays in {@code meta.properties}, and topics and committed offsets are
 * kept across restarts. SIGTERM shuts the broker down cleanly.
 */
public final class KafkaBrokerMain {

    static {
        QuietLogging.install();
    }

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerMain.class);

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        MainArgs options = MainArgs.parse(args);
        KafkaBrokerSettings settings = new KafkaBrokerSettings(
                options.path("dir", Path.of(".fengqiao-data", "kafka")),
                options.port("port", 9092),
                options.port("controller-port", 9093));
        ReadyFile ready = new ReadyFile(options.optionalPath("ready-file"));
        ready.withdraw();

        Path propertiesFile = settings.write();
        if (!settings.formatted()) {
            format(propertiesFile);
        }
        Properties properties = settings.toProperties();
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ready.withdraw();
            server.shutdown();
        }, "kafka-broker-shutdown"));
        try {
            server.startup();
        } catch (RuntimeException e) {
            log.error("Kafka broker failed to start", e);
            System.exit(1);
        }
        ready.announce("localhost:" + settings.port());
        log.info("Kafka broker ready on localhost:{} (controller :{}, log {}) in {} ms", settings.port(),
                settings.controllerPort(), settings.logDir(), (System.nanoTime() - started) / 1_000_000);
        server.awaitShutdown();
    }

    private static void format(Path propertiesFile) {
        String clusterId = Uuid.randomUuid().toString();
        int exit = StorageTool.execute(
                new String[] {"format", "--cluster-id", clusterId, "--config", propertiesFile.toString()},
                System.out);
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed with exit code " + exit);
        }
        log.info("Formatted Kafka storage with cluster id {}", clusterId);
    }
}

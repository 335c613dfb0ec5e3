package org.fengqiao.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaBrokerSettingsTest {

    private final KafkaBrokerSettings settings = new KafkaBrokerSettings(Path.of("/data/kafka"), 9192, 9193);

    @Test
    void listensOnTheGivenPortsWithTheControllerInTheSameProcess() {
        Properties p = settings.toProperties();

        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:9192,CONTROLLER://localhost:9193");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:9192");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:9193");
    }

    @Test
    void replicatesEverythingOnceOnASingleNode() {
        Properties p = settings.toProperties();

        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(p.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(p.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(p.getProperty("min.insync.replicas")).isEqualTo("1");
        assertThat(p.getProperty("num.partitions")).isEqualTo("3");
        assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("true");
    }

    @Test
    void keepsTheLogUnderItsDirectory() {
        assertThat(settings.toProperties().getProperty("log.dirs")).isEqualTo(Path.of("/data/kafka/log").toString());
        assertThat(settings.propertiesFile()).isEqualTo(Path.of("/data/kafka/server.properties"));
    }
}

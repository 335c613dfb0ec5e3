package org.fengqiao.platform.testkit;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real Kafka broker (KRaft, in this JVM) that every test of the JVM shares: started on first use,
 * stopped when the JVM exits. Topics and records therefore outlive a test class: use fresh keys, and read
 * with a {@link RecordingConsumer} that starts at the current end.
 */
public final class TestKafka {

    private static volatile TestKafka shared;

    private final EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "offsets.topic.num.partitions", "3",
                "transaction.state.log.num.partitions", "3",
                "share.coordinator.state.topic.num.partitions", "1"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-shutdown"));
    }

    /** The JVM's broker, started on the first call (~2 s). */
    public static TestKafka shared() {
        TestKafka current = shared;
        if (current == null) {
            synchronized (TestKafka.class) {
                current = shared;
                if (current == null) {
                    current = new TestKafka();
                    shared = current;
                }
            }
        }
        return current;
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }
}

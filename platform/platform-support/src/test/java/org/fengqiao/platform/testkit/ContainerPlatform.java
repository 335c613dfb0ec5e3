package org.fengqiao.platform.testkit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A real MongoDB replica set and a real Kafka broker in containers, started once per test JVM on first use, for
 * the services' {@code *ContainersIT} ({@link OnRealContainers}): a service's test registers them with
 * {@code @DynamicPropertySource static void containers(DynamicPropertyRegistry r) { ContainerPlatform.register(r, "grid"); }}.
 * Where there is no Docker engine the tests are skipped before anything here is touched.
 */
public final class ContainerPlatform {

    private ContainerPlatform() {
    }

    /** Points the application at the containers, with {@code database} as its Mongo database. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> Started.MONGO.getReplicaSetUrl(database));
        registry.add("spring.kafka.bootstrap-servers", Started.KAFKA::getBootstrapServers);
    }

    public static String kafkaBootstrapServers() {
        return Started.KAFKA.getBootstrapServers();
    }

    /** Started when first used; stopped with the JVM (Testcontainers' reaper). */
    private static final class Started {

        static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
        static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

        static {
            MONGO.start();
            KAFKA.start();
        }
    }
}

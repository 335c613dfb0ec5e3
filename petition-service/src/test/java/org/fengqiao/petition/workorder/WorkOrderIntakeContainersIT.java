package org.fengqiao.petition.workorder;

import org.fengqiao.platform.testkit.AcceptTestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The intake scenarios on a real MongoDB replica set and a real Kafka broker in containers. Skipped
 * cleanly where there is no Docker engine (as in CI); {@link WorkOrderIntakeIT} runs the same scenarios
 * on the embedded broker and store everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// On 2 busy cores the first call of a context can outlast the 5 s default.
@AutoConfigureWebTestClient(timeout = "30s")
@AcceptTestTokens
class WorkOrderIntakeContainersIT extends WorkOrderIntakeScenarios {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("petition"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Override
    String kafkaBootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}

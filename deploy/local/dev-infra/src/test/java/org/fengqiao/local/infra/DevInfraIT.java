package org.fengqiao.local.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker and the store as the launcher runs them: separate JVMs on the packaged jar, data kept on disk. */
class DevInfraIT {

    private static final String TOPIC = "it.petition.events";
    private static final String GROUP = "notification-service";

    @TempDir
    Path data;

    private final List<InfraProcess> running = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (InfraProcess process : running) {
            process.kill();
        }
    }

    @Test
    void kafkaKeepsTopicsRecordsAndCommittedOffsetsAcrossARestart() throws Exception {
        int port = InfraProcess.freePort();
        int controllerPort = InfraProcess.freePort();
        String bootstrap = "localhost:" + port;

        InfraProcess broker = startBroker(port, controllerPort);
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            producer.send(new ProducerRecord<>(TOPIC, "case-1", "PetitionReceived")).get();
        }
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap, GROUP)) {
            assertThat(pollOne(consumer).value()).isEqualTo("PetitionReceived");
            consumer.commitSync();
        }
        try (Admin admin = admin(bootstrap)) {
            assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
                    .as("num.partitions").hasSize(3);
        }
        broker.stop();
        running.remove(broker);

        startBroker(port, controllerPort);
        try (Admin admin = admin(bootstrap)) {
            assertThat(admin.listTopics().names().get()).contains(TOPIC);
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            assertThat(offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum())
                    .as("committed offsets of %s", GROUP).isEqualTo(1);
        }
        try (KafkaConsumer<String, String> replay = consumer(bootstrap, "replay-" + UUID.randomUUID())) {
            ConsumerRecord<String, String> record = pollOne(replay);
            assertThat(record.key()).isEqualTo("case-1");
            assertThat(record.value()).isEqualTo("PetitionReceived");
        }
    }

    @Test
    void mongoStoreKeepsDocumentsAndUniqueIndexesAcrossARestart() throws Exception {
        int port = InfraProcess.freePort();
        String uri = "mongodb://localhost:" + port;

        InfraProcess store = startStore(port);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> cases = client.getDatabase("petition").getCollection("cases");
            cases.createIndex(Indexes.ascending("caseNo"), new IndexOptions().unique(true).name("caseNo_unique"));
            cases.insertOne(new Document("_id", "case-1").append("caseNo", "XF-2026-0001").append("title", "邻里宅基地纠纷"));
        }
        store.stop();
        running.remove(store);

        startStore(port);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> cases = client.getDatabase("petition").getCollection("cases");
            Document found = cases.find(new Document("_id", "case-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("邻里宅基地纠纷");
            List<String> indexes = new ArrayList<>();
            cases.listIndexes().forEach(index -> indexes.add(index.getString("name")));
            assertThat(indexes).contains("caseNo_unique");
        }
    }

    private InfraProcess startBroker(int port, int controllerPort) throws Exception {
        InfraProcess broker = InfraProcess.start(KafkaBrokerMain.class, data.resolve("kafka.ready"),
                data.resolve("kafka.log"), "--dir", data.resolve("kafka").toString(),
                "--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort));
        running.add(broker);
        return broker;
    }

    private InfraProcess startStore(int port) throws Exception {
        InfraProcess store = InfraProcess.start(MongoStoreMain.class, data.resolve("mongo.ready"),
                data.resolve("mongo.log"), "--dir", data.resolve("mongo").toString(), "--port", String.valueOf(port));
        running.add(store);
        return store;
    }

    private static ConsumerRecord<String, String> pollOne(KafkaConsumer<String, String> consumer) {
        consumer.subscribe(List.of(TOPIC));
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                    return !received.isEmpty();
                });
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap, String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}

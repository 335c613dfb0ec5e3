package org.fengqiao.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records what lands on topics, for assertions awaited with Awaitility:
 *
 * <pre>{@code
 * try (RecordingConsumer dlt = RecordingConsumer.fromNow(bootstrap, Topics.deadLetter(Topics.PETITION))) {
 *     ... produce ...
 *     await().untilAsserted(() -> assertThat(dlt.withKey(caseId)).hasSize(1));
 * }
 * }</pre>
 *
 * Reads every partition without a consumer group (nothing is committed); a background thread polls, so
 * {@link #records()} may be called from any thread.
 */
public final class RecordingConsumer implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    private RecordingConsumer(String bootstrapServers, Collection<String> topics, boolean fromBeginning) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "recording-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                consumer.close();
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // Resolve the start positions now, so records sent right after construction are not skipped.
        partitions.forEach(consumer::position);
        Thread poller = new Thread(this::poll, "recording-consumer");
        poller.setDaemon(true);
        poller.start();
    }

    /** Records only what arrives from now on. */
    public static RecordingConsumer fromNow(String bootstrapServers, String... topics) {
        return new RecordingConsumer(bootstrapServers, List.of(topics), false);
    }

    /** Records everything on the topics, old records included. */
    public static RecordingConsumer fromBeginning(String bootstrapServers, String... topics) {
        return new RecordingConsumer(bootstrapServers, List.of(topics), true);
    }

    /** Everything received so far, in arrival order (per partition: offset order). */
    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> records(String topic) {
        return records.stream().filter(record -> record.topic().equals(topic)).toList();
    }

    public List<ConsumerRecord<String, String>> withKey(String key) {
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }

    /** A header's value as a UTF-8 string, or {@code null}. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

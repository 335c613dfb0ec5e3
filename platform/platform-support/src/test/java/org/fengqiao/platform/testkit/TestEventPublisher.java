package org.fengqiao.platform.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fengqiao.events.EventCatalog;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventMetadata;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.platform.messaging.EventRecords;

/**
 * Publishes events into the shared test broker the way another service would: envelope headers, the
 * catalogue's topic and type, JSON payload. Each call is flushed, so the record is on the broker on return.
 */
public final class TestEventPublisher implements AutoCloseable {

    private static final EventJson JSON = EventJson.standard();

    private final KafkaProducer<String, String> producer;

    private TestEventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    /** A publisher to the embedded test broker. */
    public static TestEventPublisher toSharedBroker() {
        return new TestEventPublisher(TestKafka.shared().bootstrapServers());
    }

    public static TestEventPublisher to(String bootstrapServers) {
        return new TestEventPublisher(bootstrapServers);
    }

    /** Publishes {@code payload} as a new event (random event id, occurred now). */
    public UUID publish(Object payload, String key, String jurisdiction) {
        UUID eventId = UUID.randomUUID();
        publish(payload, key, jurisdiction, eventId);
        return eventId;
    }

    /** Publishes {@code payload} with a given event id: publishing the same id twice is a redelivery. */
    public void publish(Object payload, String key, String jurisdiction, UUID eventId) {
        EventTypeId type = EventCatalog.standard().typeIdOf(payload.getClass());
        publishRaw(EventCatalog.standard().topicOf(type), type, key, jurisdiction, eventId, JSON.write(payload));
    }

    /** Publishes any JSON under any type, for unreadable or foreign events. */
    public void publishRaw(String topic, EventTypeId type, String key, String jurisdiction, UUID eventId, String json) {
        EventMetadata metadata = new EventMetadata(eventId, type, Instant.now(), jurisdiction, null);
        producer.send(EventRecords.record(topic, key, metadata, json));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}

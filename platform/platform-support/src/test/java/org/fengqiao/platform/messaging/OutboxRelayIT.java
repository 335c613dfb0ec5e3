package org.fengqiao.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.RestartableKafkaBroker;
import org.fengqiao.platform.testkit.TestMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import reactor.core.publisher.Mono;

/**
 * The outbox against a real broker that is really stopped and started again (same port, same log). The
 * producer timeouts are short so that the relay's failures and backoff happen within the outage.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = {
        "spring.application.name=outbox-relay-it",
        "fengqiao.outbox.sweep-interval=1s",
        "fengqiao.outbox.initial-backoff=200ms",
        "fengqiao.outbox.max-backoff=1s",
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=2000",
        "spring.kafka.producer.properties.reconnect.backoff.max.ms=500",
        "fengqiao.kafka.health.timeout=1s"})
@DirtiesContext
class OutboxRelayIT {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayIT.class);
    private static final RestartableKafkaBroker broker = RestartableKafkaBroker.start();
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestMongo.shared().uri("outbox-relay-it"));
    }

    @AfterAll
    static void closeBroker() {
        broker.close();
    }

    @Autowired
    TestCases cases;

    @Autowired
    EventRecords eventRecords;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ReactiveMongoOperations mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("kafkaHealthIndicator")
    ReactiveHealthIndicator kafkaHealth;

    @Test
    void eventsWrittenWhileKafkaIsDownArriveInOrderOncePerEventIdAfterItReturns() {
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> "case-" + UUID.randomUUID()).toList();
        ids.forEach(id -> cases.open(id).block());
        try (RecordingConsumer topic = RecordingConsumer.fromBeginning(broker.bootstrapServers(), Topics.PETITION)) {
            String warmUp = "case-" + UUID.randomUUID();
            cases.open(warmUp).then(cases.change(warmUp, "受理")).block();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.withKey(warmUp)).hasSize(1));
            double failedBefore = counter("fengqiao.outbox.failed");

            broker.stop();
            assertThat(kafkaHealth.health().block(Duration.ofSeconds(5)).getStatus()).isEqualTo(Status.DOWN);
            for (int change = 1; change <= 4; change++) {
                for (String id : ids) {
                    // The state change succeeds at once: it is one document write; Kafka is not on this path.
                    cases.change(id, "第" + change + "次变更").block(Duration.ofSeconds(3));
                }
            }
            Map<String, List<String>> written = eventIdsInOutboxes(ids);
            assertThat(written.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(4));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(counter("fengqiao.outbox.failed")).isGreaterThan(failedBefore);
                assertThat(gauge("fengqiao.outbox.pending")).isEqualTo(12.0);
            });
            assertThat(topic.records().stream().filter(record -> ids.contains(record.key()))).isEmpty();

            broker.startAgain();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(eventIdsInOutboxes(ids).values()).allSatisfy(eventIds -> assertThat(eventIds).isEmpty());
                assertThat(gauge("fengqiao.outbox.pending")).isZero();
                for (String id : ids) {
                    assertThat(firstOccurrences(topic.withKey(id))).containsExactlyElementsOf(written.get(id));
                }
            });
            assertThat(kafkaHealth.health().block(Duration.ofSeconds(5)).getStatus()).isEqualTo(Status.UP);
            for (String id : ids) {
                List<ConsumerRecord<String, String>> received = topic.withKey(id);
                log.info("{}: {} record(s) for {} distinct event(s)", id, received.size(), written.get(id).size());
                List<String> contents = received.stream()
                        .map(record -> ((WorkOrderReceived) eventRecords.read(record).payload()).content())
                        .distinct()
                        .toList();
                assertThat(contents).containsExactly("第1次变更", "第2次变更", "第3次变更", "第4次变更");
            }
        }
    }

    @Test
    void anAcknowledgedEventLeavesItsDocumentWithoutTouchingTheVersion() {
        String id = "case-" + UUID.randomUUID();
        TestCase opened = cases.open(id).block();
        try (RecordingConsumer topic = RecordingConsumer.fromNow(broker.bootstrapServers(), Topics.PETITION)) {
            // As if the change happened during a traced request.
            CurrentTraceparent.use(() -> TRACEPARENT);
            TestCase changed;
            try {
                changed = cases.change(id, "受理").block();
            } finally {
                CurrentTraceparent.use(() -> null);
            }

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(topic.withKey(id)).hasSize(1);
                assertThat(cases.find(id).block().outbox()).isEmpty();
            });
            Event<?> event = eventRecords.read(topic.withKey(id).get(0));
            OutboxEvent stored = changed.outbox().get(0);
            assertThat(event.metadata()).usingRecursiveComparison().ignoringFields("traceparent")
                    .isEqualTo(stored.metadata());
            // The send continues the request's trace (same trace id); with a tracer it is a child span of its own.
            assertThat(traceId(event.metadata().traceparent())).isEqualTo(traceId(TRACEPARENT));
            TestCase relayed = cases.find(id).block();
            assertThat(relayed.version()).isEqualTo(changed.version()).isGreaterThan(opened.version());
            assertThat(relayed.changes()).containsExactly("受理");
            // The aggregate's optimistic lock is intact: the next change saves without a conflict.
            assertThat(cases.change(id, "办结").block().changes()).containsExactly("受理", "办结");
        }
    }

    @Test
    void anEventPutBackByAStaleFullDocumentSaveIsNotPublishedAgain() {
        String id = "case-" + UUID.randomUUID();
        try (RecordingConsumer topic = RecordingConsumer.fromNow(broker.bootstrapServers(), Topics.PETITION)) {
            TestCase loaded = cases.open(id).then(cases.change(id, "受理")).block();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(topic.withKey(id)).hasSize(1);
                assertThat(cases.find(id).block().outbox()).isEmpty();
            });

            // Loaded before the relay removed the first event: the replacing save writes it back.
            TestCase saved = cases.save(loaded.change("办结", Instant.now())).block();

            assertThat(saved.outbox()).hasSize(2);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(cases.find(id).block().outbox()).isEmpty();
                assertThat(firstOccurrences(topic.withKey(id)))
                        .containsExactlyElementsOf(saved.outbox().stream().map(OutboxEvent::eventId).toList());
            });
            // The relay sends a key's events in order: a second copy of the first would have arrived before the second.
            assertThat(topic.withKey(id)).hasSize(2);
        }
    }

    @Test
    void anEventKafkaCannotTakeHoldsBackOnlyItsOwnAggregate() {
        String stuck = "case-" + UUID.randomUUID();
        String healthy = "case-" + UUID.randomUUID();
        Document unknownType = new Document("eventId", UUID.randomUUID().toString()).append("type", "no-such.event")
                .append("version", 1).append("key", stuck).append("occurredAt", new Date())
                .append("jurisdiction", "330681").append("payload", "{}");
        mongo.getCollection(TestCase.COLLECTION)
                .flatMap(c -> Mono.from(c.insertOne(new Document("_id", stuck).append("outbox", List.of(unknownType)))))
                .block();
        try (RecordingConsumer topic = RecordingConsumer.fromNow(broker.bootstrapServers(), Topics.PETITION)) {
            relay.publishPending(TestCase.COLLECTION, stuck);

            cases.open(healthy).then(cases.change(healthy, "受理")).block();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.withKey(healthy)).hasSize(1));
            assertThat(topic.withKey(stuck)).isEmpty();
            assertThat(mongo.findById(stuck, Document.class, TestCase.COLLECTION).block().getList("outbox", Document.class))
                    .hasSize(1);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(stuck)), TestCase.COLLECTION).block();
        }
    }

    private Map<String, List<String>> eventIdsInOutboxes(List<String> ids) {
        Map<String, List<String>> eventIds = new LinkedHashMap<>();
        for (String id : ids) {
            eventIds.put(id, cases.find(id).block().outbox().stream().map(OutboxEvent::eventId).toList());
        }
        return eventIds;
    }

    /** Event ids in the order they first appear; a redelivered copy (same id) is what consumers drop. */
    private static List<String> firstOccurrences(List<ConsumerRecord<String, String>> records) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        records.forEach(record -> seen.add(RecordingConsumer.header(record, "event-id")));
        return new ArrayList<>(seen);
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }
}

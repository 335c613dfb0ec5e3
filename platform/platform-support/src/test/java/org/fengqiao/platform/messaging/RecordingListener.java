package org.fengqiao.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.fengqiao.events.Event;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.kafka.annotation.KafkaListener;

import reactor.core.publisher.Mono;

/**
 * A listener written the way services write theirs, plus counters for the test. Its effect appends the
 * event id to a list per key, deliberately not idempotent, so a second run would show.
 */
class RecordingListener {

    static final String EFFECTS = "test_effects";
    static final String FAIL = "FAIL";
    static final String SLOW = "SLOW:";

    private final EventRecords events;
    private final ProcessedEvents processed;
    private final ReactiveMongoOperations mongo;
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    RecordingListener(EventRecords events, ProcessedEvents processed, ReactiveMongoOperations mongo) {
        this.events = events;
        this.processed = processed;
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.PETITION)
    void on(ConsumerRecord<String, String> record) {
        String eventId = String.valueOf(RecordingConsumer.header(record, EventHeaders.EVENT_ID));
        deliveries.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        events.consume(record, event -> processed.once(event, () -> effect(event)));
        completions.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
    }

    private Mono<Void> effect(Event<?> event) {
        String content = event.payload() instanceof WorkOrderReceived received ? received.content() : "";
        if (content.equals(FAIL)) {
            return Mono.error(new IllegalStateException("effect failed for " + event.metadata().eventId()));
        }
        Duration pause = content.startsWith(SLOW) ? Duration.ofMillis(Long.parseLong(content.substring(SLOW.length()))) : Duration.ZERO;
        return Mono.fromRunnable(() -> track(event.key(), +1))
                .then(Mono.delay(pause))
                .then(mongo.getCollection(EFFECTS))
                .flatMap(c -> Mono.from(c.updateOne(Filters.eq("_id", event.key()),
                        Updates.push("eventIds", event.metadata().eventId().toString()), new UpdateOptions().upsert(true))))
                .doFinally(signal -> track(event.key(), -1))
                .then();
    }

    private void track(String key, int delta) {
        if (delta > 0) {
            inFlight.add(key);
            mostInFlight.accumulateAndGet(inFlight.size(), Math::max);
        } else {
            inFlight.remove(key);
        }
    }

    int deliveries(String eventId) {
        AtomicInteger count = deliveries.get(eventId);
        return count == null ? 0 : count.get();
    }

    int completions(String eventId) {
        AtomicInteger count = completions.get(eventId);
        return count == null ? 0 : count.get();
    }

    /** The most effects that ran at the same time. */
    int mostInFlight() {
        return mostInFlight.get();
    }

    List<String> effects(String key) {
        Document found = mongo.getCollection(EFFECTS)
                .flatMap(c -> Mono.from(c.find(Filters.eq("_id", key)).first()))
                .block(Duration.ofSeconds(5));
        return found == null ? List.of() : found.getList("eventIds", String.class);
    }
}

package org.fengqiao.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.springframework.kafka.annotation.KafkaListener;

import reactor.core.publisher.Mono;

/**
 * A listener returning its Mono to spring-kafka (async returns), the style the platform does not use:
 * it shows what happens to a failed Mono on this spring-kafka version.
 */
class AsyncReturnListener {

    private final EventRecords events;
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final List<String> handled = new CopyOnWriteArrayList<>();

    AsyncReturnListener(EventRecords events) {
        this.events = events;
    }

    @KafkaListener(topics = Topics.SURVEY, groupId = "consumption-it-async-returns")
    Mono<Void> on(ConsumerRecord<String, String> record) {
        String eventId = String.valueOf(RecordingConsumer.header(record, EventHeaders.EVENT_ID));
        deliveries.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        return events.handle(record, event -> ((WorkOrderReceived) event.payload()).content().equals(RecordingListener.FAIL)
                ? Mono.error(new IllegalStateException("effect failed"))
                : Mono.fromRunnable(() -> handled.add(eventId)));
    }

    int deliveries(String eventId) {
        AtomicInteger count = deliveries.get(eventId);
        return count == null ? 0 : count.get();
    }

    List<String> handled() {
        return List.copyOf(handled);
    }
}

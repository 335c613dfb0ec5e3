package org.fengqiao.survey.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.UnreadableEventException;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.fengqiao.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rebuilds the facts from scratch: pauses the live listener, drops the facts and its processed-event marks, reads
 * every topic from the beginning up to the end offsets seen at the start with a consumer of its own (assigned
 * partitions, no group offsets), and resumes the live listener, which then skips what the rebuild already applied.
 */
@Service
class KpiRebuild {

    private static final Logger log = LoggerFactory.getLogger(KpiRebuild.class);
    private static final List<String> TOPICS = List.of(Topics.PETITION, Topics.MEDIATION, Topics.SURVEY);
    private static final Duration PAUSE_WAIT = Duration.ofSeconds(10);

    private final ConsumerFactory<String, String> consumers;
    private final EventRecords records;
    private final ProcessedEvents processed;
    private final FactProjection projection;
    private final ReactiveMongoOperations mongo;
    private final KafkaListenerEndpointRegistry listeners;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    @SuppressWarnings("unchecked")
    KpiRebuild(ConsumerFactory<?, ?> consumers, EventRecords records, ProcessedEvents processed,
               FactProjection projection, ReactiveMongoOperations mongo, KafkaListenerEndpointRegistry listeners,
               Clock clock) {
        this.consumers = (ConsumerFactory<String, String>) consumers;
        this.records = records;
        this.processed = processed;
        this.projection = projection;
        this.mongo = mongo;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Runs the rebuild and reports when it is done; a second call while one runs is 409. */
    Mono<RebuildReport> rebuild() {
        if (!running.compareAndSet(false, true)) {
            return Mono.error(new ConflictException("指标重建正在进行，请稍后再试"));
        }
        return Mono.fromCallable(this::run)
                .subscribeOn(Schedulers.boundedElastic())
                .doFinally(signal -> running.set(false));
    }

    private RebuildReport run() {
        Instant started = clock.instant();
        MessageListenerContainer live = listeners.getListenerContainer(KpiFactListener.ID);
        if (!paused(live)) {
            live.resume();
            throw new ConflictException("实时指标消费未能在 " + PAUSE_WAIT.toSeconds() + " 秒内暂停，本次未重建，请稍后重试");
        }
        long read = 0;
        long applied = 0;
        long unreadable = 0;
        try (Consumer<String, String> consumer = consumers.createConsumer("survey-service-kpis-rebuild-" + UUID.randomUUID(),
                null, null, ownOffsets())) {
            Mono.when(projection.dropAll(), mongo.remove(
                    Query.query(Criteria.where("consumer").is(KpiFactListener.CONSUMER)), ProcessedEvents.COLLECTION))
                    .block();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reachedEnd(consumer, partitions, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // newer than the snapshot: the live listener takes it after the resume
                    }
                    read++;
                    try {
                        if (!EventRecords.isOneOf(record, FactProjection.TYPES)) {
                            continue;
                        }
                        Event<?> event = records.read(record);
                        processed.once(KpiFactListener.CONSUMER, event, () -> projection.apply(event)).block();
                        applied++;
                    }
                    catch (UnreadableEventException poison) {
                        // The live listener dead-lettered it long ago; a replay skips it the same way.
                        unreadable++;
                    }
                }
            }
        }
        finally {
            if (live != null) {
                live.resume();
            }
        }
        FactProjection.FactCounts facts = projection.counts().block();
        RebuildReport report = new RebuildReport(read, applied, unreadable, facts.petitions(), facts.workOrders(), facts.disputes(),
                facts.returnVisits(), started, clock.instant());
        log.info("KPI facts rebuilt: {}", report);
        return report;
    }

    /**
     * Pauses the live listener and waits until it stopped taking records, so nothing writes facts while they are
     * dropped; false when it did not stop in time (a rebuild then would race it).
     */
    private static boolean paused(MessageListenerContainer live) {
        if (live == null) {
            return true;
        }
        live.pause();
        long deadline = System.nanoTime() + PAUSE_WAIT.toNanos();
        // runs on a bounded-elastic thread; the container reports the pause only from its next poll
        while (!live.isContainerPaused() && live.isRunning()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean reachedEnd(Consumer<String, String> consumer, List<TopicPartition> partitions,
                                      Map<TopicPartition, Long> end) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < end.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private static Properties ownOffsets() {
        Properties properties = new Properties();
        properties.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }

    /**
     * What a rebuild did.
     *
     * @param recordsRead    records read from the topics up to the snapshot
     * @param eventsApplied  events of the types the KPIs read, folded into facts
     * @param unreadable     poison records skipped
     */
    record RebuildReport(long recordsRead, long eventsApplied, long unreadable, long petitionFacts, long workOrderFacts,
                         long disputeFacts, long returnVisitFacts, Instant startedAt, Instant finishedAt) {
    }
}

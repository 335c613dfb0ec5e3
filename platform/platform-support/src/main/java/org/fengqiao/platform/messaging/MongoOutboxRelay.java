package org.fengqiao.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@link OutboxRelay} over reactive MongoDB. One pass runs at a time; wake-ups and sweep ticks that
 * arrive meanwhile are folded into the next pass. Within an aggregate, events are sent one after the
 * other, each after the previous one was acknowledged, so a key's events reach the topic in outbox order;
 * aggregates are published in parallel ({@code concurrency}). Acknowledged events are removed with
 * {@code $pull} by event id, which leaves the aggregate's {@code @Version} alone.
 *
 * <p>While Kafka is unreachable a pass stops at the first transient failure and the next one starts after
 * an exponential backoff; one warning is logged when Kafka becomes unreachable and one line when it is
 * back. An event that cannot be published at all (Kafka rejects it, e.g. too large, or its type has no topic
 * in this version) is logged once and stays in its document, holding back the later events of that
 * aggregate only; it is retried with every sweep.
 */
final class MongoOutboxRelay implements OutboxRelay, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Bson HAS_PENDING = Filters.exists(OutboxEvent.FIELD + ".0");
    private static final int RECENTLY_PUBLISHED_CAPACITY = 10_000;

    private final ReactiveMongoOperations mongo;
    private final OutboxSender sender;
    private final OutboxMetrics metrics;
    private final OutboxProperties properties;
    private final Set<String> declared;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final Set<Target> targets = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean sweepRequested = new AtomicBoolean();
    private final AtomicBoolean passRunning = new AtomicBoolean();
    private final RecentlyPublished recentlyPublished = new RecentlyPublished(RECENTLY_PUBLISHED_CAPACITY);
    private final Set<String> reportedRejected = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile boolean backingOff;
    private volatile boolean kafkaUnreachable;
    private volatile Duration lastBackoff;
    private volatile Scheduler scheduler;
    private volatile Disposable sweeps;
    private volatile Disposable retry;

    MongoOutboxRelay(ReactiveMongoOperations mongo, OutboxSender sender, OutboxMetrics metrics,
            OutboxProperties properties, Collection<String> declaredCollections) {
        this.mongo = mongo;
        this.sender = sender;
        this.metrics = metrics;
        this.properties = properties;
        this.declared = Set.copyOf(declaredCollections);
    }

    @Override
    public void publishPending(Object savedAggregate) {
        MongoConverter converter = mongo.getConverter();
        MongoPersistentEntity<?> entity = converter.getMappingContext()
                .getRequiredPersistentEntity(savedAggregate.getClass());
        Object id = entity.getIdentifierAccessor(savedAggregate).getRequiredIdentifier();
        publishPending(entity.getCollection(), converter.convertId(id, entity.getRequiredIdProperty().getFieldType()));
    }

    @Override
    public void publishPending(String collection, Object id) {
        Objects.requireNonNull(id, "id");
        if (collections.add(collection) && !declared.contains(collection)) {
            log.warn("Collection '{}' carries an outbox but is not declared (OutboxCollection bean or "
                    + "fengqiao.outbox.collections); after a restart its leftover events wait for the next save", collection);
        }
        targets.add(new Target(collection, id));
        dirty.set(true);
        drain();
    }

    @Override
    public void wakeUp() {
        sweepRequested.set(true);
        dirty.set(true);
        drain();
    }

    private void drain() {
        if (!running || backingOff || !dirty.get() || !passRunning.compareAndSet(false, true)) {
            return;
        }
        dirty.set(false);
        boolean sweep = sweepRequested.getAndSet(false);
        pass(takeTargets(), sweep)
                .doFinally(signal -> {
                    passRunning.set(false);
                    drain();
                })
                .subscribe(this::afterPass, this::afterFailedPass);
    }

    private List<Target> takeTargets() {
        List<Target> taken = new ArrayList<>();
        for (Target target : targets) {
            if (targets.remove(target)) {
                taken.add(target);
            }
        }
        return taken;
    }

    private Mono<PassOutcome> pass(List<Target> batch, boolean sweep) {
        AtomicBoolean kafkaDown = new AtomicBoolean();
        AtomicBoolean fullBatch = new AtomicBoolean();
        Flux<PendingAggregate> targeted = Flux.fromIterable(batch)
                .concatMap(target -> find(target.collection(), Filters.and(Filters.eq("_id", target.id()), HAS_PENDING), 1));
        Flux<PendingAggregate> swept = !sweep ? Flux.empty() : Flux.fromIterable(List.copyOf(collections))
                .concatMap(collection -> find(collection, HAS_PENDING, properties.batchSize())
                        .collectList()
                        .doOnNext(found -> fullBatch.compareAndSet(false, found.size() >= properties.batchSize()))
                        .flatMapIterable(found -> found));
        return Flux.concat(targeted, swept)
                .distinct(PendingAggregate::identity)
                .flatMap(aggregate -> kafkaDown.get()
                        ? Mono.just(AggregateResult.of(aggregate, 0, null))
                        : publish(aggregate, kafkaDown), properties.concurrency())
                .collectList()
                .map(results -> PassOutcome.of(sweep, fullBatch.get(), results));
    }

    private Flux<PendingAggregate> find(String collection, Bson filter, int limit) {
        return mongo.getCollection(collection)
                .flatMapMany(c -> c.find(filter).projection(Projections.include(OutboxEvent.FIELD)).limit(limit))
                .handle((document, sink) -> {
                    try {
                        sink.next(PendingAggregate.of(collection, document));
                    } catch (RuntimeException e) {
                        if (reportedRejected.add(collection + "/" + document.get("_id"))) {
                            log.error("Unreadable outbox in {} {}: {}", collection, document.get("_id"), e.toString());
                        }
                    }
                });
    }

    private Mono<AggregateResult> publish(PendingAggregate aggregate, AtomicBoolean kafkaDown) {
        return Mono.defer(() -> {
            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            return Flux.fromIterable(aggregate.events())
                    .concatMap(event -> send(event).then(Mono.fromRunnable(() -> acknowledged.add(event.eventId()))))
                    .then(Mono.<Throwable>empty())
                    .onErrorResume(Mono::just)
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(failure -> remove(aggregate, List.copyOf(acknowledged))
                            .then(Mono.fromCallable(() -> conclude(aggregate, acknowledged.size(), failure.orElse(null), kafkaDown))));
        });
    }

    private Mono<Void> send(OutboxEvent event) {
        if (recentlyPublished.contains(event.eventId())) {
            // Acknowledged before; a full-document save that read the aggregate before our $pull put it back.
            return Mono.empty();
        }
        return sender.send(event, scheduler)
                .doOnSuccess(ignored -> {
                    recentlyPublished.add(event.eventId());
                    metrics.published();
                })
                .doOnError(error -> metrics.failed());
    }

    private Mono<Void> remove(PendingAggregate aggregate, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Mono.empty();
        }
        Bson pull = Updates.pull(OutboxEvent.FIELD, Filters.in("eventId", eventIds));
        return mongo.getCollection(aggregate.collection())
                .flatMap(c -> Mono.from(c.updateOne(Filters.eq("_id", aggregate.id()), pull)))
                .then();
    }

    private AggregateResult conclude(PendingAggregate aggregate, int published, Throwable failure, AtomicBoolean kafkaDown) {
        if (failure == null) {
            return AggregateResult.of(aggregate, published, null);
        }
        if (!running || OutboxSender.isTransient(failure)) {
            // Shutting down cancels sends too; those events simply wait for the next start.
            kafkaDown.set(true);
            return AggregateResult.of(aggregate, published, failure);
        }
        OutboxEvent rejected = aggregate.events().get(published);
        if (reportedRejected.add(rejected.eventId())) {
            log.error("Cannot publish outbox event {} ({}) of {} {}; it and the later events of this aggregate stay "
                    + "in its outbox: {}", rejected.eventId(), rejected.typeId(), aggregate.collection(), aggregate.id(),
                    failure.toString());
        }
        return AggregateResult.of(aggregate, published, null);
    }

    private void afterPass(PassOutcome outcome) {
        if (!running) {
            return;
        }
        if (outcome.sweep()) {
            metrics.swept(outcome.stillPending(), outcome.oldestPending());
        }
        if (outcome.transientFailure() != null) {
            if (!kafkaUnreachable) {
                kafkaUnreachable = true;
                log.warn("Kafka unreachable; outbox events wait and are retried with backoff: {}",
                        Failures.rootMessage(outcome.transientFailure()));
            } else {
                log.debug("Outbox relay still cannot reach Kafka: {}", Failures.rootMessage(outcome.transientFailure()));
            }
            scheduleRetry();
            return;
        }
        lastBackoff = null;
        if (kafkaUnreachable && outcome.published() > 0) {
            kafkaUnreachable = false;
            log.info("Kafka reachable again; outbox relay resumed");
        }
        if (outcome.fullBatch()) {
            sweepRequested.set(true);
            dirty.set(true);
        }
    }

    private void afterFailedPass(Throwable error) {
        if (!running) {
            return;
        }
        log.warn("Outbox pass failed, retrying with backoff: {}", Failures.rootMessage(error));
        scheduleRetry();
    }

    private void scheduleRetry() {
        Duration previous = lastBackoff;
        Duration delay = previous == null ? properties.initialBackoff() : min(previous.multipliedBy(2), properties.maxBackoff());
        lastBackoff = delay;
        backingOff = true;
        retry = Mono.delay(delay).subscribe(tick -> {
            backingOff = false;
            wakeUp();
        });
    }

    @Override
    public void start() {
        scheduler = Schedulers.newBoundedElastic(properties.concurrency(), 10_000, "outbox-relay");
        collections.addAll(declared);
        running = true;
        sweeps = Flux.interval(Duration.ZERO, properties.sweepInterval()).subscribe(tick -> wakeUp());
    }

    @Override
    public void stop() {
        running = false;
        dispose(sweeps);
        dispose(retry);
        Scheduler current = scheduler;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void dispose(Disposable disposable) {
        if (disposable != null) {
            disposable.dispose();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Target(String collection, Object id) {
    }

    private record PendingAggregate(String collection, Object id, List<OutboxEvent> events) {

        static PendingAggregate of(String collection, Document document) {
            List<OutboxEvent> events = document.getList(OutboxEvent.FIELD, Document.class).stream()
                    .map(OutboxEvent::fromDocument)
                    .toList();
            return new PendingAggregate(collection, document.get("_id"), events);
        }

        Target identity() {
            return new Target(collection, id);
        }
    }

    private record AggregateResult(int published, int stillPending, Instant oldestPending, Throwable transientFailure) {

        static AggregateResult of(PendingAggregate aggregate, int published, Throwable transientFailure) {
            List<OutboxEvent> waiting = aggregate.events().subList(published, aggregate.events().size());
            Instant oldest = waiting.stream().map(OutboxEvent::occurredAt).min(Comparator.naturalOrder()).orElse(null);
            return new AggregateResult(published, waiting.size(), oldest, transientFailure);
        }
    }

    private record PassOutcome(boolean sweep, boolean fullBatch, int published, long stillPending,
            Instant oldestPending, Throwable transientFailure) {

        static PassOutcome of(boolean sweep, boolean fullBatch, List<AggregateResult> results) {
            int published = 0;
            long stillPending = 0;
            Instant oldest = null;
            Throwable failure = null;
            for (AggregateResult result : results) {
                published += result.published();
                stillPending += result.stillPending();
                if (result.oldestPending() != null && (oldest == null || result.oldestPending().isBefore(oldest))) {
                    oldest = result.oldestPending();
                }
                if (failure == null) {
                    failure = result.transientFailure();
                }
            }
            return new PassOutcome(sweep, fullBatch, published, stillPending, oldest, failure);
        }
    }

    /** Event ids acknowledged lately, oldest forgotten first. */
    private static final class RecentlyPublished {

        private final Map<String, Boolean> ids;

        RecentlyPublished(int capacity) {
            this.ids = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                }
            });
        }

        void add(String eventId) {
            ids.put(eventId, Boolean.TRUE);
        }

        boolean contains(String eventId) {
            return ids.containsKey(eventId);
        }
    }
}

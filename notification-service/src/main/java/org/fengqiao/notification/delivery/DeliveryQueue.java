package org.fengqiao.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.fengqiao.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Puts deliveries into the log and works them off: due deliveries are claimed with a lease (so two instances
 * never send the same one at once), handed to their channel's sender, and their outcome recorded.
 */
@Service
public class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
    private static final String SEQUENCES = "delivery_sequences";
    private static final int MAX_ERROR_LENGTH = 500;

    private final ReactiveMongoOperations mongo;
    private final Map<Channel, ChannelSender> senders;
    private final DeliveryProperties properties;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Scheduler workers;

    DeliveryQueue(ReactiveMongoOperations mongo, List<ChannelSender> senders, DeliveryProperties properties,
                  DeliveryMetrics metrics, Clock clock, DeliveryWorkers workers) {
        this.mongo = mongo;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.workers = workers.scheduler();
    }

    /**
     * Logs a delivery as {@code pending}, unless one with the same id exists already (a redelivered event): then
     * nothing changes. A queued delivery takes the next sequence number of its queue.
     */
    public Mono<Void> enqueue(NewDelivery request) {
        return mongo.exists(Query.query(where("_id").is(request.id())), Delivery.class)
                .flatMap(exists -> exists ? Mono.<Void>empty() : insert(request));
    }

    private Mono<Void> insert(NewDelivery request) {
        Mono<Long> sequence = request.queue() == null ? Mono.just(0L) : nextSequence(request.queue());
        // The work-list entry goes first: a crash in between leaves an entry without a delivery (cleaned up
        // later), never a delivery nobody will send.
        return sequence
                .map(next -> Delivery.of(request, next, clock.instant(), properties.retry().retryFor()))
                .flatMap(delivery -> mongo.insert(OpenDelivery.of(delivery))
                        .onErrorResume(DuplicateKeyException.class, alreadyListed -> Mono.empty())
                        .then(mongo.insert(delivery)))
                .doOnNext(delivery -> metrics.enqueued(delivery.channel()))
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty())
                .then();
    }

    /** Sequence numbers only grow; a gap (a crash between counting and inserting) does not break the order. */
    private Mono<Long> nextSequence(String queue) {
        return mongo.findAndModify(Query.query(where("_id").is(queue)), new Update().inc("next", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SEQUENCES)
                .map(counter -> ((Number) counter.get("next")).longValue());
    }

    /** One round of the dispatcher, on the delivery workers: attempts every due delivery that heads its queue. */
    Mono<Void> dispatchDue() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Query due = Query.query(where("nextAttemptAt").lte(now)).limit(properties.batchSize());
            return mongo.find(due, OpenDelivery.class)
                    .collectList()
                    .publishOn(workers)
                    .flatMapMany(found -> Flux.concat(Flux.fromIterable(unqueued(found)), headsOf(found, now)))
                    .flatMap(open -> attempt(open, now), properties.concurrency())
                    .then();
        }).subscribeOn(workers);
    }

    /**
     * Lists every active delivery that has no work-list entry (the log of a version before the work list): one scan
     * at start-up.
     */
    Mono<Void> listActiveDeliveries() {
        return mongo.find(Query.query(where("status").in(DeliveryStatus.ACTIVE)), Delivery.class)
                .concatMap(delivery -> mongo.insert(OpenDelivery.of(delivery))
                        .onErrorResume(DuplicateKeyException.class, listed -> Mono.empty()))
                .then()
                .subscribeOn(workers);
    }

    private static List<OpenDelivery> unqueued(List<OpenDelivery> found) {
        return found.stream().filter(open -> open.queue() == null).toList();
    }

    /** Only the lowest open sequence of a queue may go; the rest of the queue waits for it. */
    private Flux<OpenDelivery> headsOf(List<OpenDelivery> found, Instant now) {
        Set<String> queues = new LinkedHashSet<>();
        found.stream().filter(open -> open.queue() != null).forEach(open -> queues.add(open.queue()));
        return Flux.fromIterable(queues)
                .concatMap(queue -> mongo.findOne(Query.query(where("queue").is(queue))
                        .with(Sort.by("sequence")).limit(1), OpenDelivery.class))
                .filter(head -> !head.nextAttemptAt().isAfter(now));
    }

    private Mono<Void> attempt(OpenDelivery open, Instant now) {
        Query free = Query.query(where("_id").is(open.id()).and("status").in(DeliveryStatus.ACTIVE)
                .and("leaseUntil").lte(now).and("nextAttemptAt").lte(now));
        Instant leaseEnd = now.plus(properties.lease());
        return mongo.findAndModify(free, new Update().set("leaseUntil", leaseEnd),
                        FindAndModifyOptions.options().returnNew(true), Delivery.class)
                .publishOn(workers)
                .flatMap(claimed -> {
                    ChannelSender sender = senders.get(claimed.channel());
                    if (sender == null) {
                        // No sender for this channel in this instance: give the delivery back untouched.
                        return update(claimed, new Update().set("leaseUntil", Instant.EPOCH))
                                .then(reschedule(claimed.id(), now.plus(properties.lease())))
                                .thenReturn(true);
                    }
                    return reschedule(claimed.id(), leaseEnd)
                            .then(Mono.defer(() -> sender.send(claimed)))
                            // The answer (or the timeout) arrives on the HTTP client's event loop or a timer
                            // thread: record it on the delivery workers.
                            .publishOn(workers)
                            .then(Mono.defer(() -> sent(claimed)))
                            .onErrorResume(error -> failed(claimed, error))
                            .thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> resync(open, now)).thenReturn(false))
                .then();
    }

    /** The entry was due but its delivery could not be claimed: bring the entry in line with the delivery. */
    private Mono<Void> resync(OpenDelivery open, Instant now) {
        return mongo.findById(open.id(), Delivery.class)
                .flatMap(delivery -> delivery.status().active()
                        ? reschedule(open.id(), later(delivery.nextAttemptAt(), delivery.leaseUntil()))
                        : close(open.id()))
                .switchIfEmpty(Mono.defer(() -> open.createdAt() == null
                        || open.createdAt().isBefore(now.minus(properties.lease())) ? close(open.id()) : Mono.empty()));
    }

    private Mono<Void> reschedule(String id, Instant nextAttemptAt) {
        return mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("nextAttemptAt", nextAttemptAt),
                OpenDelivery.class).then();
    }

    private Mono<Void> close(String id) {
        return mongo.remove(Query.query(where("_id").is(id)), OpenDelivery.class).then();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Mono<Void> sent(Delivery delivery) {
        Instant now = clock.instant();
        metrics.outcome(delivery.channel(), "sent");
        return update(delivery, new Update().set("status", DeliveryStatus.SENT).inc("attempts", 1)
                .set("sentAt", now).set("lastError", null).set("leaseUntil", Instant.EPOCH))
                .then(close(delivery.id()));
    }

    private Mono<Void> failed(Delivery delivery, Throwable error) {
        Instant now = clock.instant();
        DeliveryFailure failure = error instanceof DeliveryFailure known ? known : DeliveryFailure.retry(describe(error));
        Update update = new Update().set("lastError", truncate(failure.getMessage())).set("leaseUntil", Instant.EPOCH);
        if (failure.kind() == DeliveryFailure.Kind.POSTPONED) {
            metrics.outcome(delivery.channel(), "postponed");
            Instant until = failure.until().isAfter(now) ? failure.until() : now;
            return update(delivery, update.set("nextAttemptAt", until)
                    .set("giveUpAt", delivery.giveUpAt().plus(Duration.between(now, until))))
                    .then(reschedule(delivery.id(), until));
        }
        int attempts = delivery.attempts();
        if (failure.kind() != DeliveryFailure.Kind.DEFERRED) {
            attempts++;
            update.inc("attempts", 1);
        }
        boolean givingUp = failure.kind() == DeliveryFailure.Kind.REJECTED || !now.isBefore(delivery.giveUpAt());
        if (givingUp) {
            log.warn("投递放弃（dead）: {} {} 经 {} 次尝试: {}", delivery.channel().value(), delivery.id(), attempts,
                    failure.getMessage());
            metrics.outcome(delivery.channel(), "dead");
            update.set("status", DeliveryStatus.DEAD);
            return update(delivery, update).then(close(delivery.id()));
        }
        Duration wait = failure.kind() == DeliveryFailure.Kind.DEFERRED
                ? failure.retryAfter() : properties.retry().backoffAfter(attempts);
        metrics.outcome(delivery.channel(), failure.kind() == DeliveryFailure.Kind.DEFERRED ? "deferred" : "failed");
        update.set("status", failure.kind() == DeliveryFailure.Kind.DEFERRED ? delivery.status() : DeliveryStatus.FAILED)
                .set("nextAttemptAt", now.plus(wait));
        return update(delivery, update).then(reschedule(delivery.id(), now.plus(wait)));
    }

    private Mono<Void> update(Delivery delivery, Update update) {
        return mongo.updateFirst(Query.query(where("_id").is(delivery.id())), update, Delivery.class).then();
    }

    /**
     * Sends a {@code sent} or {@code dead} delivery again with its original content and id (the recipient
     * deduplicates on it). A replayed callback heads its work order's queue again, so later ones wait for it.
     *
     * @return the delivery as now queued, or empty when there is none with this id
     * @throws ConflictException (as the Mono's error) when it is still queued
     */
    Mono<Delivery> replay(String id, Predicate<Delivery> visible) {
        return mongo.findById(id, Delivery.class)
                .filter(visible)
                .flatMap(found -> {
                    if (found.status().active()) {
                        return Mono.error(new ConflictException(
                                "投递 " + id + " 仍在投递队列中（" + found.status().value() + "），无需重放"));
                    }
                    Instant now = clock.instant();
                    Query replayable = Query.query(where("_id").is(id).and("status").is(found.status()));
                    Update update = new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", now)
                            .set("giveUpAt", now.plus(properties.retry().retryFor())).set("leaseUntil", Instant.EPOCH)
                            .inc("replays", 1);
                    return mongo.findAndModify(replayable, update, FindAndModifyOptions.options().returnNew(true),
                                    Delivery.class)
                            .flatMap(replayed -> mongo.save(OpenDelivery.of(replayed)).thenReturn(replayed))
                            .switchIfEmpty(Mono.error(() -> new ConflictException(
                                    "投递 " + id + " 的状态刚刚改变，请刷新后重试")));
                });
    }

    /** The newest deliveries matching the filters, inside {@code jurisdictionPrefix}. */
    Mono<DeliveryPage> search(DeliverySearch search, String jurisdictionPrefix, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(where("jurisdiction").regex("^" + Pattern.quote(jurisdictionPrefix)));
        if (search.caseType() != null) {
            filters.add(where("caseType").is(search.caseType()));
        }
        if (search.caseId() != null) {
            filters.add(where("caseId").is(search.caseId()));
        }
        if (search.caseNumber() != null) {
            filters.add(where("caseNumber").is(search.caseNumber()));
        }
        if (search.eventType() != null) {
            filters.add(where("eventType").is(search.eventType()));
        }
        if (search.recipient() != null) {
            filters.add(where("recipient").is(search.recipient()));
        }
        if (search.status() != null) {
            filters.add(where("status").is(search.status()));
        }
        if (search.channel() != null) {
            filters.add(where("channel").is(search.channel()));
        }
        Query query = Query.query(new Criteria()
                .andOperator(filters.toArray(Criteria[]::new)));
        Mono<Long> total = mongo.count(query, Delivery.class);
        Mono<List<DeliveryResponse>> items = mongo.find(Query.of(query)
                        .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("sequence")))
                        .skip((long) page * size).limit(size), Delivery.class)
                .map(DeliveryResponse::of)
                .collectList();
        return Mono.zip(total, items, DeliveryPage::new);
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String truncate(String message) {
        return message == null || message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}

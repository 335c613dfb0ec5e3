package org.fengqiao.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.function.Supplier;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.fengqiao.events.Event;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;

import reactor.core.publisher.Mono;

/**
 * Idempotent consumption: remembers which events a consumer has handled, in the collection
 * {@value #COLLECTION} keyed by {@code _id = <consumer>:<event-id>} (a unique key, so it also holds on
 * the embedded store). The default consumer name is {@code spring.application.name}; a service with two
 * listeners that react differently to the same event gives each its own name.
 *
 * <p>The mark is written after the effect succeeded, so an effect is never skipped; if the process dies
 * between the effect and the mark, the redelivered event runs the effect again. Effects should therefore
 * also be naturally idempotent: upserts keyed by the business id, {@code $addToSet}, "set state if still
 * earlier" guards, never blind increments or inserts with fresh ids.
 */
public final class ProcessedEvents {

    /** The collection of processed-event marks. */
    public static final String COLLECTION = "processed_events";

    private final ReactiveMongoOperations mongo;
    private final String defaultConsumer;
    private final Clock clock;

    public ProcessedEvents(ReactiveMongoOperations mongo, String defaultConsumer, Clock clock) {
        this.mongo = mongo;
        this.defaultConsumer = Objects.requireNonNull(defaultConsumer, "defaultConsumer");
        this.clock = clock;
    }

    /** Runs {@code effect} unless this service already handled the event. */
    public Mono<Void> once(Event<?> event, Supplier<Mono<Void>> effect) {
        return once(defaultConsumer, event, effect);
    }

    /** Runs {@code effect} unless the named consumer already handled the event. */
    public Mono<Void> once(String consumer, Event<?> event, Supplier<Mono<Void>> effect) {
        String id = consumer + ":" + event.metadata().eventId();
        return isProcessed(id).flatMap(processed -> processed
                ? Mono.<Void>empty()
                : Mono.defer(effect).then(mark(id, consumer, event)));
    }

    /** Whether the named consumer has handled the event. */
    public Mono<Boolean> isProcessed(String consumer, Event<?> event) {
        return isProcessed(consumer + ":" + event.metadata().eventId());
    }

    /** Forgets marks older than the cutoff (Kafka no longer redelivers such events); returns how many. */
    Mono<Long> forgetBefore(Instant cutoff) {
        return collection().flatMap(c -> Mono.from(c.deleteMany(Filters.lt("processedAt", Date.from(cutoff)))))
                .map(result -> result.getDeletedCount());
    }

    private Mono<Boolean> isProcessed(String id) {
        return collection().flatMap(c -> Mono.from(c.find(Filters.eq("_id", id)).first()))
                .hasElement();
    }

    private Mono<Void> mark(String id, String consumer, Event<?> event) {
        Document mark = new Document("_id", id)
                .append("consumer", consumer)
                .append("eventId", event.metadata().eventId().toString())
                .append("type", event.type())
                .append("key", event.key())
                .append("processedAt", Date.from(clock.instant()));
        return collection().flatMap(c -> Mono.from(c.insertOne(mark)))
                // Someone else (a rebalanced partition's previous owner) marked it first: same outcome.
                .onErrorResume(ProcessedEvents::isDuplicateKey, e -> Mono.empty())
                .then();
    }

    private Mono<MongoCollection<Document>> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static boolean isDuplicateKey(Throwable error) {
        return error instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}

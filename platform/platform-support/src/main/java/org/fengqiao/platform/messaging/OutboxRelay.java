package org.fengqiao.platform.messaging;

/**
 * Publishes the events waiting in aggregate documents ({@link OutboxEvent}) to Kafka and removes each
 * from its document once the broker acknowledged it. At-least-once: an event may be published more than
 * once (a crash between the acknowledgement and the removal, or two service instances), never lost;
 * consumers deduplicate by event id ({@link ProcessedEvents}).
 *
 * <p>A periodic sweep ({@code fengqiao.outbox.sweep-interval}) over the registered collections
 * ({@link OutboxCollection} beans, {@code fengqiao.outbox.collections}) catches whatever a wake-up
 * missed, e.g. events written while Kafka was down or before a restart. Every method returns at once;
 * publishing happens in the background.
 */
public interface OutboxRelay {

    /**
     * Asks for the pending events of a just-saved aggregate to be published now, without waiting for
     * the sweep. Call it after the save completed, e.g. {@code .doOnNext(relay::publishPending)}.
     *
     * @param savedAggregate a mapped Spring Data document with an {@code outbox} field
     */
    void publishPending(Object savedAggregate);

    /**
     * As {@link #publishPending(Object)} by collection name and the {@code _id} exactly as stored
     * (e.g. an {@code ObjectId}, not its hex string).
     */
    void publishPending(String collection, Object id);

    /** Asks for a sweep over all registered collections soon. */
    void wakeUp();
}

package org.fengqiao.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dispatcher's work list: one small entry per delivery still to be sent, removed once it is sent or dead, so
 * the due scan reads only open work however long the delivery log grows (the store has no real secondary indexes).
 *
 * @param id            the delivery's id
 * @param nextAttemptAt when the dispatcher may look at it next (its lease end while an attempt is in flight)
 */
@Document(OpenDelivery.COLLECTION)
record OpenDelivery(@Id String id, String queue, long sequence, Instant nextAttemptAt, Instant createdAt) {

    static final String COLLECTION = "open_deliveries";

    static OpenDelivery of(Delivery delivery) {
        return new OpenDelivery(delivery.id(), delivery.queue(), delivery.sequence(), delivery.nextAttemptAt(),
                delivery.createdAt());
    }
}

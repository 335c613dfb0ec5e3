package org.fengqiao.notification.delivery;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The delivery log's search filters, each with the newest first: by case number and id, by event type, by
 * recipient, and the whole log of a jurisdiction (matched by prefix). Created before traffic. The Mongo-wire store
 * of the local stack accepts and ignores non-unique indexes (searches scan there); a real MongoDB uses them.
 */
@Component
class DeliveryIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    DeliveryIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(Delivery.COLLECTION);
        indexes.createIndex(newestFirst("caseNumber").named("caseNumber_createdAt"))
                .then(indexes.createIndex(newestFirst("caseId").named("caseId_createdAt")))
                .then(indexes.createIndex(newestFirst("eventType").named("eventType_createdAt")))
                .then(indexes.createIndex(newestFirst("recipient").named("recipient_createdAt")))
                .then(indexes.createIndex(newestFirst("jurisdiction").named("jurisdiction_createdAt")))
                .block();
    }

    private static Index newestFirst(String field) {
        return new Index().on(field, Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC);
    }
}

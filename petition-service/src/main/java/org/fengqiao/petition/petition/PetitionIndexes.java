package org.fengqiao.petition.petition;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Petition numbers are unique; registration looks petitions up by petitioner hash and category (repeat and
 * after-termination flags), work-order intake by phone hash, transfers by source; the overdue view by deadline.
 */
@Component
class PetitionIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    PetitionIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(Petition.COLLECTION);
        indexes.createIndex(new Index().on("number", Sort.Direction.ASC).unique().named("number_unique"))
                .then(indexes.createIndex(new Index().on("petitionerHashes", Sort.Direction.ASC)
                        .on("category", Sort.Direction.ASC).named("petitioner_category")))
                .then(indexes.createIndex(new Index().on("phoneHashes", Sort.Direction.ASC).named("phone")))
                .then(indexes.createIndex(new Index().on("sourceRef", Sort.Direction.ASC).named("source")))
                .then(indexes.createIndex(new Index().on("dueAt", Sort.Direction.ASC).named("due")))
                .block();
    }
}

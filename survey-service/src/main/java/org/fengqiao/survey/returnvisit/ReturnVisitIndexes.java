package org.fengqiao.survey.returnvisit;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * A rating link is looked up by its hash: a unique index makes that an index lookup on the Mongo-wire store too
 * (it ignores non-unique ones). Sparse, for visits made before links existed. Created before traffic.
 */
@Component
class ReturnVisitIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    ReturnVisitIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(ReturnVisit.COLLECTION)
                .createIndex(new Index().on("ratingTokenHash", Sort.Direction.ASC).unique().sparse()
                        .named("ratingTokenHash_unique"))
                .block();
    }
}

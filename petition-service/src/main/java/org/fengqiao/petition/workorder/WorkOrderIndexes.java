package org.fengqiao.petition.workorder;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The hotline's order number is unique: the index, not a read-then-write, is what makes a repeated
 * push return the existing order even when two pushes race. Created before the service takes traffic.
 */
@Component
class WorkOrderIndexes implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate mongo;

    WorkOrderIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(WorkOrder.COLLECTION)
                .createIndex(new Index().on("orderNumber", Sort.Direction.ASC).unique().named("orderNumber_unique"))
                .block();
    }
}

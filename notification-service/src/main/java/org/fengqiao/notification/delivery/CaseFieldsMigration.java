package org.fengqiao.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deliveries logged before the log named cases generically carry {@code workOrderId} / {@code orderNumber} (also
 * for petitions and disputes): at start-up they get {@code caseType} (from their event type, or a rating SMS's
 * queue) and the two fields renamed to {@code caseId} / {@code caseNumber}. Once done, one look finds nothing more.
 */
@Component
class CaseFieldsMigration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaseFieldsMigration.class);
    private static final Criteria OLD = new Criteria().orOperator(where("workOrderId").exists(true),
            where("orderNumber").exists(true));
    private static final Map<CaseType, List<Criteria>> TYPED_BY = Map.of(
            CaseType.WORK_ORDER, List.of(where("eventType").regex("^work-order\\."),
                    where("eventType").is("return-visit.scheduled").and("queue").regex("^sms:(?!petition:|dispute:)")),
            CaseType.PETITION, List.of(where("eventType").regex("^petition\\."),
                    where("eventType").is("return-visit.scheduled").and("queue").regex("^sms:petition:")),
            CaseType.DISPUTE, List.of(where("eventType").regex("^dispute\\."),
                    where("eventType").is("return-visit.scheduled").and("queue").regex("^sms:dispute:")));

    private final ReactiveMongoOperations mongo;

    CaseFieldsMigration(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migrate().block();
    }

    Mono<Long> migrate() {
        return mongo.exists(Query.query(OLD), Delivery.class)
                .flatMap(any -> !any ? Mono.just(0L) : Flux.fromIterable(TYPED_BY.entrySet())
                        .concatMap(typed -> Flux.fromIterable(typed.getValue())
                                .concatMap(which -> mongo.updateMulti(Query.query(new Criteria().andOperator(OLD, which)),
                                        new Update().set("caseType", typed.getKey()), Delivery.class)))
                        .then(mongo.updateMulti(Query.query(OLD),
                                new Update().rename("workOrderId", "caseId").rename("orderNumber", "caseNumber"),
                                Delivery.class))
                        .map(result -> {
                            log.info("投递记录案件字段迁移: {} 条改为 caseType/caseId/caseNumber", result.getModifiedCount());
                            return result.getModifiedCount();
                        }));
    }
}

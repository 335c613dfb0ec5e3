package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.Date;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The compact collection {@value #COLLECTION}: one small entry {@code {_id: disputeId, dueAt}} per dispute with a
 * running tier clock or a pending reminder (agreement terms, judicial confirmation), at the earliest of them, so the
 * scan reads only what is pending, never the disputes' history (the embedded store ignores non-unique indexes, so
 * the scan's cost must grow with open deadlines only).
 *
 * <p>The dispute document is the truth; an entry is a wake-up call that must never be later than the dispute's next
 * deadline. So an entry is lowered ({@code $min}) before the dispute is written and set exactly after: a crash in
 * between leaves an entry that fires early, and the scan then re-aligns it with the dispute. Also the unique
 * source-reference index of the disputes lives here, created before the service takes traffic.
 */
@Component
class DisputeClocks implements SmartInitializingSingleton {

    static final String COLLECTION = "dispute_clocks";

    private final ReactiveMongoTemplate mongo;

    DisputeClocks(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(Dispute.COLLECTION)
                .createIndex(new Index().on("sourceReference", Sort.Direction.ASC).unique()
                        .named("sourceReference_unique"))
                .block();
    }

    /** Before a write that sets a deadline: the entry fires no later than {@code dueAt}. */
    Mono<Void> notLaterThan(String disputeId, Instant dueAt) {
        return mongo.upsert(byId(disputeId), new Update().min("dueAt", Date.from(dueAt)), COLLECTION).then();
    }

    /** After the dispute was written: the entry mirrors its next deadline, or goes when nothing is pending. */
    Mono<Void> align(Dispute dispute) {
        return dispute.nextWakeUp()
                .map(wakeUp -> mongo.upsert(byId(dispute.id()), Update.update("dueAt", Date.from(wakeUp)), COLLECTION)
                        .then())
                .orElseGet(() -> forget(dispute.id()));
    }

    Mono<Void> forget(String disputeId) {
        return mongo.remove(byId(disputeId), COLLECTION).then();
    }

    /** Ids of disputes whose clock entry has fired by {@code now}, at most {@code limit}. */
    Flux<String> dueBy(Instant now, int limit) {
        Query query = Query.query(Criteria.where("dueAt").lte(Date.from(now))).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).map(entry -> entry.get("_id").toString());
    }

    private static Query byId(String disputeId) {
        return Query.query(Criteria.where("_id").is(disputeId));
    }
}

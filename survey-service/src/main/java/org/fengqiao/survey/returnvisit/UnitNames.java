package org.fengqiao.survey.returnvisit;

import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Names of divisions from grid-service's {@code jurisdiction.changed}, so the citizen's rating page can say
 * 枫桥镇 rather than 330681101. A unit not announced (or a department, {@code <division>:<department>}) has no
 * name here; the page then shows its code alone.
 */
@Component
class UnitNames {

    private final ReactiveMongoOperations mongo;

    UnitNames(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The unit's name, or empty. */
    Mono<String> nameOf(String unit) {
        if (unit == null) {
            return Mono.empty();
        }
        return mongo.findById(unit, KnownUnit.class).map(KnownUnit::name);
    }

    /** Applies an announcement newer than what is stored (an equal or older revision finds no match and is dropped). */
    Mono<Void> apply(JurisdictionChanged change) {
        Query newer = Query.query(Criteria.where("_id").is(change.code()).and("revision").lt(change.revision()));
        return mongo.upsert(newer, new Update().set("name", change.name()).set("revision", change.revision()),
                        KnownUnit.class)
                .onErrorResume(DuplicateKeyException.class, stale -> Mono.empty())
                .then();
    }

    @Document("return_visit_units")
    record KnownUnit(@Id String code, String name, long revision) {
    }
}

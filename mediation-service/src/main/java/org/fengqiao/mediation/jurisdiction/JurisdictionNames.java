package org.fengqiao.mediation.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The local jurisdiction read model: applies grid-service's announcements and answers the names of divisions.
 * A division not announced (yet) simply has no name here; readers show its code alone.
 */
@Service
public class JurisdictionNames {

    private final ReactiveMongoTemplate mongo;

    JurisdictionNames(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The known names of these division codes; unknown codes are absent from the map. */
    public Mono<Map<String, String>> namesOf(Collection<String> codes) {
        List<String> wanted = codes.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Mono.just(Map.of());
        }
        return mongo.find(Query.query(Criteria.where("_id").in(wanted)), KnownJurisdiction.class)
                .collectMap(KnownJurisdiction::code, KnownJurisdiction::name)
                .map(Map::copyOf);
    }

    /**
     * Applies one announcement if it is newer than what is stored: an upsert matching only a lower revision, so an
     * equal or older one finds the stored document not matching, tries to insert the same code and is dropped.
     */
    Mono<Void> apply(JurisdictionChanged change) {
        Query newer = Query.query(Criteria.where("_id").is(change.code()).and("revision").lt(change.revision()));
        Update update = new Update()
                .set("name", change.name())
                .set("tier", change.tier())
                .set("parentCode", change.parentCode())
                .set("revision", change.revision())
                .set("changedAt", change.changedAt());
        return mongo.upsert(newer, update, KnownJurisdiction.class)
                .onErrorResume(DuplicateKeyException.class, stale -> Mono.empty())
                .then();
    }
}

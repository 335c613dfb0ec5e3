package org.fengqiao.survey.returnvisit;

import java.time.Instant;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** The local read model of {@link CaseContact}s: upserts keyed by the case, so redelivered events change nothing. */
@Component
class CaseContacts {

    private final ReactiveMongoOperations mongo;

    CaseContacts(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    Mono<Void> citizen(String caseType, String caseId, String name, String phone) {
        return upsert(caseType, caseId, new Update().set("citizenName", name).set("citizenPhone", phone));
    }

    Mono<Void> replied(String caseType, String caseId, String unit, Instant at) {
        return upsert(caseType, caseId, new Update().set("unit", unit).set("repliedAt", at));
    }

    /** The contact of a case, or an empty one when no earlier event told us anything. */
    Mono<CaseContact> of(String caseType, String caseId) {
        String id = CaseContact.idOf(caseType, caseId);
        return mongo.findById(id, CaseContact.class).defaultIfEmpty(new CaseContact(id, null, null, null, null));
    }

    private Mono<Void> upsert(String caseType, String caseId, Update update) {
        Query byId = Query.query(Criteria.where("_id").is(CaseContact.idOf(caseType, caseId)));
        return mongo.findAndModify(byId, update, FindAndModifyOptions.options().upsert(true), CaseContact.class).then();
    }
}

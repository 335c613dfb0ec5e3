package org.fengqiao.petition.petition;

import java.util.List;

import org.fengqiao.petition.petitioner.PetitionerProtection;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Whether a caller already has a matter open in the petition channel, matched by the keyed hash of the phone
 * number; the work-order intake refuses such a matter (信访渠道已受理的事项不作为工单受理).
 */
@Component
public class OpenPetitions {

    private static final List<PetitionState> OPEN = List.of(PetitionState.registered, PetitionState.accepted,
            PetitionState.assigned, PetitionState.returned, PetitionState.escalated, PetitionState.suspended,
            PetitionState.replied, PetitionState.reopened, PetitionState.review_requested,
            PetitionState.review_decided, PetitionState.re_review_requested, PetitionState.re_review_decided);

    private final ReactiveMongoTemplate mongo;
    private final PetitionerProtection protection;

    OpenPetitions(ReactiveMongoTemplate mongo, PetitionerProtection protection) {
        this.mongo = mongo;
        this.protection = protection;
    }

    /** The number of an open petition from this phone, or empty. */
    public Mono<String> numberOfOpenPetitionFrom(String phone) {
        String hash = protection.phoneHash(phone);
        if (hash == null) {
            return Mono.empty();
        }
        Query query = Query.query(Criteria.where("phoneHashes").is(hash).and("state").in(OPEN.stream().map(Enum::name).toList())).limit(1);
        query.fields().include("number");
        return mongo.findOne(query, org.bson.Document.class, Petition.COLLECTION)
                .map(found -> found.getString("number"));
    }
}

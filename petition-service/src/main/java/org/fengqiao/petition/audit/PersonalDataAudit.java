package org.fengqiao.petition.audit;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.web.InvalidInput;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Writes and reads the personal-data read trail. */
@Service
public class PersonalDataAudit {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    private final ReactiveMongoTemplate mongo;

    PersonalDataAudit(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records a read; the caller reveals the data only once this completes, so no read goes unrecorded.
     *
     * @param jurisdiction the petition's place
     */
    public Mono<PersonalDataRead> recordRead(CurrentUser reader, String petitionId, String petitionNumber,
                                             String jurisdiction, int petitionerIndex, List<String> fields,
                                             String reason, Instant at) {
        PersonalDataRead read = new PersonalDataRead(new ObjectId().toHexString(), at, reader.subject(), reader.name(),
                reader.roles().stream().map(Role::name).map(String::toLowerCase).sorted().toList(),
                reader.jurisdiction().code(), petitionId, petitionNumber, jurisdiction, petitionerIndex,
                List.copyOf(fields), reason);
        return mongo.insert(read, PersonalDataRead.COLLECTION);
    }

    /** The reads of petitions placed inside the caller's jurisdiction, newest first, optionally of one petition. */
    Mono<List<PersonalDataRead>> reads(CurrentUser admin, String petitionId, Integer size) {
        int limit = size == null ? DEFAULT_SIZE : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw new InvalidAuditQuery("size 应为 1 到 " + MAX_SIZE + " 之间的整数");
        }
        // Division codes are digits only (validated in the token), so the prefix needs no escaping.
        Criteria criteria = Criteria.where("jurisdiction").regex("^" + admin.jurisdiction().code());
        if (petitionId != null) {
            criteria = criteria.and("petitionId").is(petitionId);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit);
        return mongo.find(query, PersonalDataRead.class, PersonalDataRead.COLLECTION).collectList();
    }

    /** A wrong query parameter of the audit list: 400. */
    static final class InvalidAuditQuery extends IllegalArgumentException implements InvalidInput {

        InvalidAuditQuery(String message) {
            super(message);
        }
    }
}

package org.fengqiao.petition.petition;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Reading petitions within the caller's scope ({@link PetitionAccess}). */
@Service
class PetitionReading {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_OVERDUE = 1000;

    private final PetitionRepository petitions;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    PetitionReading(PetitionRepository petitions, ReactiveMongoTemplate mongo, Clock clock) {
        this.petitions = petitions;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A petition the user may see; outside the user's scope it does not exist. */
    Mono<Petition> find(String id, CurrentUser user) {
        return petitions.findById(id)
                .filter(petition -> PetitionAccess.canRead(petition, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("信访事项不存在: " + id)));
    }

    /** A page of the petitions the user may see, oldest first, paged by id ({@code after}: last id of the previous page). */
    Mono<PetitionPage> list(List<PetitionState> states, String after, Integer size, CurrentUser user) {
        int limit = size == null ? DEFAULT_PAGE_SIZE : size;
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidPetitionInput("size 应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        if (after != null && !after.matches("[0-9a-f]{24}")) {
            throw new InvalidPetitionInput("after 应为上一页最后一条信访事项的 id");
        }
        Criteria criteria = PetitionAccess.readable(user);
        if (states != null && !states.isEmpty()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("state").in(states));
        }
        if (after != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("_id").gt(new ObjectId(after)));
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit + 1);
        return mongo.find(query, Petition.class).collectList().map(found -> {
            boolean more = found.size() > limit;
            List<Petition> page = more ? found.subList(0, limit) : found;
            return new PetitionPage(page.stream().map(PetitionSummary::of).toList(),
                    more ? page.get(page.size() - 1).id() : null);
        });
    }

    /** 超期清单: the petitions in scope past their running deadline, grouped by the holding unit. */
    Mono<List<OverdueUnit>> overdue(CurrentUser user) {
        Criteria criteria = new Criteria().andOperator(PetitionAccess.readable(user),
                Criteria.where("dueAt").lt(clock.instant()));
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "dueAt")).limit(MAX_OVERDUE);
        return mongo.find(query, Petition.class).collectList().map(found -> {
            Map<String, List<PetitionSummary>> byUnit = new LinkedHashMap<>();
            found.stream().sorted(Comparator.comparing(Petition::dueAt)).forEach(petition -> byUnit
                    .computeIfAbsent(String.valueOf(petition.holderCode()), unit -> new java.util.ArrayList<>())
                    .add(PetitionSummary.of(petition)));
            return byUnit.entrySet().stream()
                    .map(unit -> new OverdueUnit(unit.getKey(), unit.getValue().size(), unit.getValue()))
                    .sorted(Comparator.comparing(OverdueUnit::count).reversed().thenComparing(OverdueUnit::unit))
                    .toList();
        });
    }
}

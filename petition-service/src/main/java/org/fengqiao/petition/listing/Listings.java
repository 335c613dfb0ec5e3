package org.fengqiao.petition.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.fengqiao.platform.security.CurrentUser;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs lists, counts and exports of a {@link ListSpec}'s collection. Every call takes the caller's scope as a
 * condition (the track's access rule as a query) and adds the request's filters inside it.
 */
@Component
public class Listings {

    /** At most this many rows in one export; narrow the filters for more. */
    public static final int EXPORT_CAP = 5_000;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    Listings(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One page of records in the scope, each turned into its list view. */
    public <E, T> Mono<ListPage<T>> page(ListSpec<E> spec, ListRequest request, Criteria scope, CurrentUser user,
                                        Function<E, T> view) {
        Criteria criteria = request.criteria(spec, scope, user.jurisdiction(), now());
        Mono<List<E>> found = mongo.find(request.pageQuery(criteria), spec.entityType).collectList();
        Mono<Long> total = mongo.count(Query.query(criteria), spec.entityType);
        return Mono.zip(found, total).map(result -> {
            List<E> records = result.getT1();
            boolean more = records.size() > request.size();
            List<E> page = more ? records.subList(0, request.size()) : records;
            String next = more && request.keyed(spec) ? spec.id.apply(page.get(page.size() - 1)) : null;
            return new ListPage<>(page.stream().map(view).toList(), next, request.page(), request.size(),
                    result.getT2());
        });
    }

    /** How many records match in each state (the request's paging and sorting play no part). */
    public Mono<StateCounts> counts(ListSpec<?> spec, ListRequest request, Criteria scope, CurrentUser user) {
        Criteria criteria = request.criteria(spec, scope, user.jurisdiction(), now());
        Aggregation grouped = Aggregation.newAggregation(spec.entityType, Aggregation.match(criteria),
                Aggregation.group(spec.stateField).count().as("count"));
        return mongo.aggregate(grouped, mongo.getCollectionName(spec.entityType), Document.class)
                .collectMap(group -> String.valueOf(group.get("_id")), group -> ((Number) group.get("count")).longValue())
                .map(found -> {
                    Map<String, Long> byState = new LinkedHashMap<>();
                    spec.states.forEach(state -> byState.put(state, found.getOrDefault(state, 0L)));
                    return new StateCounts(byState.values().stream().mapToLong(Long::longValue).sum(), byState);
                });
    }

    /** How many records an export of this request would hold before the cap. */
    public Mono<Long> exportSize(ListSpec<?> spec, ListRequest request, Criteria scope, CurrentUser user) {
        return mongo.count(Query.query(request.criteria(spec, scope, user.jurisdiction(), now())), spec.entityType);
    }

    /** The whole list in the request's order (at most {@link #EXPORT_CAP} rows) as CSV. */
    public <E> Flux<DataBuffer> export(ListSpec<E> spec, ListRequest request, Criteria scope, CurrentUser user,
                                       CsvExport<E> csv) {
        Criteria criteria = request.criteria(spec, scope, user.jurisdiction(), now());
        return csv.write(mongo.find(request.exportQuery(criteria, EXPORT_CAP), spec.entityType),
                DefaultDataBufferFactory.sharedInstance);
    }

    private Instant now() {
        return clock.instant();
    }
}

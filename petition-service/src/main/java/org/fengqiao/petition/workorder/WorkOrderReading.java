package org.fengqiao.petition.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.fengqiao.petition.listing.CsvDownload;
import org.fengqiao.petition.listing.ListPage;
import org.fengqiao.petition.listing.ListRequest;
import org.fengqiao.petition.listing.Listings;
import org.fengqiao.petition.listing.OverdueByUnit;
import org.fengqiao.petition.listing.StateCounts;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Mono;

/** Reading work orders within the caller's scope ({@link WorkOrderAccess}): one, lists, counts, CSV, overdue per unit. */
@Service
class WorkOrderReading {

    static final int MAX_OVERDUE = 1000;

    private final WorkOrderRepository orders;
    private final Listings listings;
    private final Clock clock;
    private final ReactiveMongoTemplate mongo;

    WorkOrderReading(WorkOrderRepository orders, Listings listings, Clock clock, ReactiveMongoTemplate mongo) {
        this.orders = orders;
        this.listings = listings;
        this.clock = clock;
        this.mongo = mongo;
    }

    /** An order the user may see; outside the user's scope it does not exist. */
    Mono<WorkOrder> find(String id, CurrentUser user) {
        return orders.findById(id)
                .filter(order -> WorkOrderAccess.canRead(order, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("工单不存在: " + id)));
    }

    /**
     * A page of the orders the user may see, filtered and sorted as the parameters say ({@link ListRequest});
     * in the default order (oldest first) {@code next} pages by id and stays stable while orders come in.
     */
    Mono<ListPage<WorkOrderSummary>> search(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, WorkOrderSearch.SPEC);
        return listings.page(WorkOrderSearch.SPEC, request, WorkOrderAccess.readable(user), user, WorkOrderSummary::of);
    }

    Mono<StateCounts> counts(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, WorkOrderSearch.SPEC);
        return listings.counts(WorkOrderSearch.SPEC, request, WorkOrderAccess.readable(user), user);
    }

    /** How many orders the export holds in all (it stops at {@link Listings#EXPORT_CAP}), then the CSV. */
    Mono<CsvDownload> export(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, WorkOrderSearch.SPEC);
        return listings.exportSize(WorkOrderSearch.SPEC, request, WorkOrderAccess.readable(user), user)
                .map(total -> new CsvDownload(total, listings.export(WorkOrderSearch.SPEC, request,
                        WorkOrderAccess.readable(user), user, WorkOrderSearch.csv(clock.instant()))));
    }

    /**
     * 超期清单: the orders in scope past their running deadline (dispatched or in handling), grouped by the holding
     * unit, the unit with most first; at most {@value #MAX_OVERDUE} orders.
     */
    Mono<List<OverdueUnit>> overdue(CurrentUser user) {
        Instant now = clock.instant();
        Criteria late = new Criteria().andOperator(WorkOrderAccess.readable(user),
                Criteria.where("state").in(WorkOrderState.dispatched.name(), WorkOrderState.handling.name()),
                Criteria.where("dueAt").lt(Date.from(now)));
        Query query = Query.query(late).with(Sort.by(Sort.Direction.ASC, "dueAt")).limit(MAX_OVERDUE);
        return mongo.find(query, WorkOrder.class).collectList().map(found -> OverdueByUnit.group(found,
                        Comparator.comparing(WorkOrder::dueAt),
                        order -> order.holder() == null ? "null" : order.holder().code(), WorkOrderSummary::of).stream()
                .map(unit -> new OverdueUnit(unit.getKey(), unit.getValue().size(), unit.getValue()))
                .toList());
    }

}

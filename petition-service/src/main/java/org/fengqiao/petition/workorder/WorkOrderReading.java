package org.fengqiao.petition.workorder;

import java.time.Clock;

import org.fengqiao.petition.listing.ListPage;
import org.fengqiao.petition.listing.ListRequest;
import org.fengqiao.petition.listing.Listings;
import org.fengqiao.petition.listing.StateCounts;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading work orders within the caller's scope ({@link WorkOrderAccess}): one, lists, counts, CSV. */
@Service
class WorkOrderReading {

    private final WorkOrderRepository orders;
    private final Listings listings;
    private final Clock clock;

    WorkOrderReading(WorkOrderRepository orders, Listings listings, Clock clock) {
        this.orders = orders;
        this.listings = listings;
        this.clock = clock;
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
    Mono<Export> export(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, WorkOrderSearch.SPEC);
        return listings.exportSize(WorkOrderSearch.SPEC, request, WorkOrderAccess.readable(user), user)
                .map(total -> new Export(total, listings.export(WorkOrderSearch.SPEC, request,
                        WorkOrderAccess.readable(user), user, WorkOrderSearch.csv(clock.instant()))));
    }

    record Export(long total, Flux<DataBuffer> csv) {
    }
}

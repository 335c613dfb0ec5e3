package org.fengqiao.petition.workorder;

import java.util.List;

import org.bson.types.ObjectId;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Reading work orders within the caller's scope ({@link WorkOrderAccess}). */
@Service
class WorkOrderReading {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final WorkOrderRepository orders;
    private final ReactiveMongoTemplate mongo;

    WorkOrderReading(WorkOrderRepository orders, ReactiveMongoTemplate mongo) {
        this.orders = orders;
        this.mongo = mongo;
    }

    /** An order the user may see; outside the user's scope it does not exist. */
    Mono<WorkOrder> find(String id, CurrentUser user) {
        return orders.findById(id)
                .filter(order -> WorkOrderAccess.canRead(order, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("工单不存在: " + id)));
    }

    /**
     * A page of the orders the user may see, oldest first, paged by id: {@code after} is the last id of the
     * previous page (the unique key keeps the pages stable while orders come in).
     */
    Mono<WorkOrderPage> list(List<WorkOrderState> states, String after, Integer size, CurrentUser user) {
        int limit = size == null ? DEFAULT_PAGE_SIZE : size;
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidWorkOrderInput("size 应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        if (after != null && !after.matches("[0-9a-f]{24}")) {
            throw new InvalidWorkOrderInput("after 应为上一页最后一条工单的 id");
        }
        Criteria criteria = WorkOrderAccess.readable(user);
        if (states != null && !states.isEmpty()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("state").in(states));
        }
        if (after != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("_id").gt(new ObjectId(after)));
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit + 1);
        return mongo.find(query, WorkOrder.class).collectList().map(found -> {
            boolean more = found.size() > limit;
            List<WorkOrder> page = more ? found.subList(0, limit) : found;
            return new WorkOrderPage(page.stream().map(WorkOrderSummary::of).toList(),
                    more ? page.get(page.size() - 1).id() : null);
        });
    }
}

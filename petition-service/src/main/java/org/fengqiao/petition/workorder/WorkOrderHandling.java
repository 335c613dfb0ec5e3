package org.fengqiao.petition.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The work-order transitions after intake. Each one loads the order, checks the caller may act on it (404
 * otherwise), applies the change and saves it with its event in one write; a concurrent change in between
 * fails the save on the version (409). After the save the order's entry in {@code open_deadlines} follows it.
 */
@Service
class WorkOrderHandling {

    private final WorkOrderRepository orders;
    private final WorkOrderDeadlines deadlines;
    private final WorkOrderDeadlineTracker tracker;
    private final OutboxRelay relay;
    private final Clock clock;

    WorkOrderHandling(WorkOrderRepository orders, WorkOrderDeadlines deadlines, WorkOrderDeadlineTracker tracker,
                      OutboxRelay relay, Clock clock) {
        this.orders = orders;
        this.deadlines = deadlines;
        this.tracker = tracker;
        this.relay = relay;
        this.clock = clock;
    }

    Mono<WorkOrder> dispatch(String id, DispatchRequest request, CurrentUser user) {
        return asDispatcher(id, user, (order, now) ->
                order.dispatch(target(request, order), request.note(), deadlines, Actor.of(user), now));
    }

    Mono<WorkOrder> reassign(String id, DispatchRequest request, CurrentUser user) {
        return asDispatcher(id, user, (order, now) ->
                order.reassign(target(request, order), request.note(), deadlines, Actor.of(user), now));
    }

    Mono<WorkOrder> returnToDispatcher(String id, ReasonRequest request, CurrentUser user) {
        return asHolder(id, user, (order, now) -> order.returnToDispatcher(request.reason(), Actor.of(user), now));
    }

    Mono<WorkOrder> claim(String id, CurrentUser user) {
        return asHolder(id, user, (order, now) -> order.claim(Actor.of(user), now));
    }

    Mono<WorkOrder> requestExtension(String id, ExtensionRequest request, CurrentUser user) {
        return asHolder(id, user, (order, now) ->
                order.requestExtension(request.workingDays(), request.reason(), Actor.of(user), now));
    }

    Mono<WorkOrder> decideExtension(String id, DecisionRequest request, CurrentUser user) {
        return asDispatcher(id, user, (order, now) ->
                order.decideExtension(request.approved(), request.note(), deadlines, Actor.of(user), now));
    }

    Mono<WorkOrder> reply(String id, ReplyRequest request, CurrentUser user) {
        return asHolder(id, user, (order, now) -> order.reply(request.reply(), Actor.of(user), now));
    }

    Mono<WorkOrder> review(String id, DecisionRequest request, CurrentUser user) {
        return asDispatcher(id, user, (order, now) ->
                order.review(request.approved(), request.note(), Actor.of(user), now));
    }

    Mono<WorkOrder> close(String id, NoteRequest request, CurrentUser user) {
        return asDispatcher(id, user, (order, now) -> order.close(request.note(), Actor.of(user), now));
    }

    Mono<WorkOrder> reopen(String id, ReasonRequest request, CurrentUser user) {
        return asDispatcher(id, user, reopening(request.reason(), Actor.of(user)));
    }

    /**
     * 重办 asked for by another service (a substantive dissatisfaction at the return visit): the same transition as
     * {@link #reopen}, without a caller to check. Empty when the order is unknown or not reopenable now.
     */
    Mono<WorkOrder> reopenOnRequest(String id, String reason, Actor by) {
        return apply(orders.findById(id).filter(WorkOrder::reopenable), reopening(reason, by));
    }

    private BiConsumer<WorkOrder, Instant> reopening(String reason, Actor by) {
        return (order, now) -> order.reopen(reason, deadlines, by, now);
    }

    private Mono<WorkOrder> asDispatcher(String id, CurrentUser user, BiConsumer<WorkOrder, Instant> change) {
        return change(id, user, WorkOrderAccess::canManage, change);
    }

    private Mono<WorkOrder> asHolder(String id, CurrentUser user, BiConsumer<WorkOrder, Instant> change) {
        return change(id, user, WorkOrderAccess::holds, change);
    }

    private Mono<WorkOrder> change(String id, CurrentUser user, BiPredicate<WorkOrder, CurrentUser> mayAct,
                                   BiConsumer<WorkOrder, Instant> change) {
        return apply(orders.findById(id)
                .filter(order -> mayAct.test(order, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("工单不存在: " + id))), change);
    }

    private Mono<WorkOrder> apply(Mono<WorkOrder> found, BiConsumer<WorkOrder, Instant> change) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return found
                .map(order -> {
                    change.accept(order, now);
                    return order;
                })
                .flatMap(orders::save)
                .doOnNext(relay::publishPending)
                .flatMap(saved -> tracker.track(saved, now).thenReturn(saved));
    }

    private static Unit target(DispatchRequest request, WorkOrder order) {
        Jurisdiction target = Jurisdiction.of(request.jurisdiction());
        if (!Jurisdiction.of(order.jurisdiction()).contains(target)) {
            throw new InvalidWorkOrderInput("承办单位 " + target + " 不在工单所属区划 " + order.jurisdiction() + " 内");
        }
        if (target.tier() == Jurisdiction.Tier.COUNTY && request.department() == null) {
            throw new InvalidWorkOrderInput("派往县级时须指定承办部门（department）");
        }
        return new Unit(request.jurisdiction(), request.department());
    }
}

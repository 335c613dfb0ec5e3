package org.fengqiao.survey.returnvisit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Creating return visits from events, listing them for surveyors in scope, and recording their outcome. */
@Service
class ReturnVisits {

    static final int MAX_PAGE = 200;

    private final ReturnVisitRepository visits;
    private final ReactiveMongoOperations mongo;
    private final DeadlinePolicy policy;
    private final ReturnVisitProperties properties;
    private final OutboxRelay relay;
    private final Clock clock;

    ReturnVisits(ReturnVisitRepository visits, ReactiveMongoOperations mongo, DeadlinePolicy policy,
                 ReturnVisitProperties properties, OutboxRelay relay, Clock clock) {
        this.visits = visits;
        this.mongo = mongo;
        this.policy = policy;
        this.properties = properties;
        this.relay = relay;
        this.clock = clock;
    }

    /** The visit an approved review asks for, due so many working days after the review; once per event. */
    Mono<Void> afterReview(WorkOrderReviewed review, String eventId) {
        Instant dueAt = policy.dueAt(review.at(), TimeLimit.workingDays(properties.workingDays()));
        ReturnVisit visit = ReturnVisit.ofWorkOrder(review.workOrderId(), review.orderNumber(), review.jurisdiction(),
                eventId, review.at(), dueAt);
        return mongo.insert(visit)
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty())
                .then();
    }

    Flux<ReturnVisit> list(boolean pendingOnly, Integer size, CurrentUser user) {
        int limit = size == null ? 50 : size;
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidOutcome("size 须在 1 到 " + MAX_PAGE + " 之间");
        }
        // Division codes are digits only (validated in the token), so the prefix needs no escaping.
        Criteria criteria = Criteria.where("jurisdiction").regex("^" + user.jurisdiction().code());
        if (pendingOnly) {
            criteria = criteria.and("outcome").is(null);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("dueAt", "_id")).limit(limit), ReturnVisit.class);
    }

    Mono<ReturnVisit> find(String id, CurrentUser user) {
        return visits.findById(id)
                .filter(visit -> user.canSee(Jurisdiction.of(visit.jurisdiction())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("回访不存在: " + id)));
    }

    Mono<ReturnVisit> recordOutcome(String id, OutcomeRequest request, CurrentUser user) {
        request.check();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Outcome outcome = new Outcome(request.reached(), request.satisfaction(), request.dissatisfactionKind(),
                request.comment(), user.subject(), now);
        return find(id, user)
                .map(visit -> {
                    visit.record(outcome);
                    return visit;
                })
                .flatMap(visits::save)
                .doOnNext(relay::publishPending);
    }
}

package org.fengqiao.survey.returnvisit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.TimeLimit;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Creating return visits from events, listing them for surveyors in scope, and recording their outcome, by a
 * surveyor or by the citizen through the rating link (one path for both, so the same events follow).
 */
@Service
class ReturnVisits {

    static final int MAX_PAGE = 200;
    /** Who recorded a self-service rating, in the outcome and in {@code return-visit.completed}. */
    static final String CITIZEN = "citizen";

    private final ReturnVisitRepository visits;
    private final ReactiveMongoOperations mongo;
    private final CaseContacts contacts;
    private final RatingLinks links;
    private final DeadlinePolicy policy;
    private final ReturnVisitProperties properties;
    private final OutboxRelay relay;
    private final Clock clock;

    ReturnVisits(ReturnVisitRepository visits, ReactiveMongoOperations mongo, CaseContacts contacts,
                 RatingLinks links, DeadlinePolicy policy, ReturnVisitProperties properties, OutboxRelay relay,
                 Clock clock) {
        this.visits = visits;
        this.mongo = mongo;
        this.contacts = contacts;
        this.links = links;
        this.policy = policy;
        this.properties = properties;
        this.relay = relay;
        this.clock = clock;
    }

    /** The visit an approved review asks for, due so many working days after the review; once per event. */
    Mono<Void> afterReview(WorkOrderReviewed review, String eventId) {
        return contacts.of(VisitedCase.WORK_ORDER, review.workOrderId())
                .map(contact -> new VisitedCase(VisitedCase.WORK_ORDER, review.workOrderId(), review.orderNumber(),
                        review.jurisdiction(), contact.unit(),
                        contact.repliedAt() == null ? review.at() : contact.repliedAt(), contact.citizenName(),
                        contact.citizenPhone()))
                .flatMap(visited -> schedule(visitId(visited, eventId), visited, review.at()));
    }

    /**
     * The visit a petition's reply asks for: one per petition (its id is the petition's), so neither a redelivery
     * nor a later reply of the same petition makes another.
     */
    Mono<Void> afterPetitionReply(PetitionReplied replied) {
        VisitedCase visited = new VisitedCase(VisitedCase.PETITION, replied.petitionId(), replied.petitionNumber(),
                replied.jurisdiction(), replied.holderDivision(), replied.at(), replied.petitionerName(),
                replied.petitionerPhone());
        return schedule(VisitedCase.PETITION + ":" + replied.petitionId(), visited, replied.at());
    }

    /** The visit a mediation agreement asks for; a failed mediation gets none. Once per event. */
    Mono<Void> afterAgreement(DisputeConcluded concluded, String eventId) {
        VisitedCase visited = new VisitedCase(VisitedCase.DISPUTE, concluded.disputeId(), concluded.disputeId(),
                concluded.jurisdiction(), concluded.handlingUnit(), concluded.at(), null, null);
        return schedule(visitId(visited, eventId), visited, concluded.at());
    }

    /** Creates the visit unless one with this id exists; publishes {@code return-visit.scheduled} only if new. */
    Mono<Void> schedule(String id, VisitedCase visited, Instant askedAt) {
        Instant dueAt = policy.dueAt(askedAt, TimeLimit.workingDays(properties.workingDays()));
        Instant now = now();
        ReturnVisit visit = ReturnVisit.schedule(id, visited, links.issue(now), askedAt, dueAt);
        return mongo.insert(visit)
                .doOnNext(relay::publishPending)
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty())
                .then();
    }

    static String visitId(VisitedCase visited, String eventId) {
        return visited.caseType() + ":" + visited.caseId() + ":" + eventId;
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
        Outcome outcome = new Outcome(request.reached(), request.satisfaction(), request.dissatisfactionKind(),
                request.comment(), user.subject(), now());
        return find(id, user).flatMap(visit -> record(visit, outcome));
    }

    /** The visit behind a rating link that can still be used; unknown 404, used or expired 410. */
    Mono<ReturnVisit> openRating(String token) {
        if (!RatingLinks.wellFormed(token)) {
            return Mono.error(RatingLinkProblems::unknown);
        }
        return visits.findByRatingTokenHash(RatingLinks.hash(token))
                .switchIfEmpty(Mono.error(RatingLinkProblems::unknown))
                .flatMap(visit -> switch (visit.ratingLinkState(now())) {
                    case open -> Mono.just(visit);
                    case used -> Mono.error(RatingLinkProblems.used());
                    case expired -> Mono.error(RatingLinkProblems.expired());
                });
    }

    /**
     * The citizen's own answer through the link: recorded as a reached visit, once. Of two racing answers the
     * version check lets one write; the other rereads, finds the visit ended and gets 410.
     */
    Mono<ReturnVisit> rate(String token, RatingRequest request) {
        OutcomeRequest asOutcome = request.asOutcome();
        asOutcome.check();
        return Mono.defer(() -> openRating(token).flatMap(visit -> record(visit, new Outcome(true,
                        asOutcome.satisfaction(), asOutcome.dissatisfactionKind(), asOutcome.comment(), CITIZEN,
                        now()))))
                .retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance));
    }

    private Mono<ReturnVisit> record(ReturnVisit visit, Outcome outcome) {
        // The next try's due date matters only for a missed call; a reached one needs no calendar.
        Instant nextDueAt = outcome.reached() ? null : policy.dueAt(outcome.at(), TimeLimit.workingDays(1));
        visit.record(outcome, properties.maxAttempts(), nextDueAt);
        return visits.save(visit).doOnNext(relay::publishPending);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

package org.fengqiao.survey.returnvisit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 回访: one visit of one case after one event that asked for it. Its id is derived from that event (for petitions:
 * from the petition), so a redelivered event finds the visit already there. A call that does not reach the citizen
 * reschedules the visit until the attempts run out; the final outcome (reached, or unreachable) is recorded once,
 * by a surveyor or by the citizen through the one-time rating link, and appends its events to the outbox in the
 * same write.
 */
@Document(ReturnVisit.COLLECTION)
class ReturnVisit {

    static final String COLLECTION = "return_visits";

    @Id
    private final String id;
    @Version
    private Long version;
    private final String caseType;
    private final String caseId;
    private final String caseNumber;
    private final String jurisdiction;
    private final String unit;
    private final Instant repliedAt;
    private final String citizenName;
    private final String citizenPhone;
    private final Instant createdAt;
    private Instant dueAt;
    private final String ratingTokenHash;
    private final Instant ratingExpiresAt;
    private final List<Outcome> attempts;
    private Outcome outcome;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    ReturnVisit(String id, Long version, String caseType, String caseId, String caseNumber, String jurisdiction,
                String unit, Instant repliedAt, String citizenName, String citizenPhone, Instant createdAt,
                Instant dueAt, String ratingTokenHash, Instant ratingExpiresAt, List<Outcome> attempts,
                Outcome outcome, List<OutboxEvent> outbox) {
        this.id = id;
        this.version = version;
        this.caseType = caseType;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.jurisdiction = jurisdiction;
        this.unit = unit;
        this.repliedAt = repliedAt;
        this.citizenName = citizenName;
        this.citizenPhone = citizenPhone;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.ratingTokenHash = ratingTokenHash;
        this.ratingExpiresAt = ratingExpiresAt;
        this.attempts = attempts == null ? new ArrayList<>() : new ArrayList<>(attempts);
        this.outcome = outcome;
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /**
     * A new visit with its rating link; publishes {@code return-visit.scheduled} (with the link, for the citizen's
     * SMS) in the same write that creates it.
     */
    static ReturnVisit schedule(String id, VisitedCase visited, RatingLink link, Instant createdAt, Instant dueAt) {
        ReturnVisit visit = new ReturnVisit(id, null, visited.caseType(), visited.caseId(), visited.caseNumber(),
                visited.jurisdiction(), visited.unit(), visited.repliedAt(), visited.citizenName(),
                visited.citizenPhone(), createdAt, dueAt, link.tokenHash(), link.expiresAt(), null, null, null);
        visit.publish(new ReturnVisitScheduled(id, visited.caseType(), visited.caseId(), visited.caseNumber(),
                visited.jurisdiction(), visited.citizenName(), visited.citizenPhone(), link.url(), link.expiresAt(),
                dueAt, createdAt), createdAt);
        return visit;
    }

    /**
     * Records one call: not reached while attempts remain reschedules the visit to {@code nextDueAt}; otherwise the
     * visit ends with this outcome and publishes {@code return-visit.completed} (and, for a substantive
     * dissatisfaction, {@code return-visit.dissatisfied}).
     */
    void record(Outcome result, int maxAttempts, Instant nextDueAt) {
        if (outcome != null) {
            throw new ConflictException(
                    "该回访已于 " + outcome.at() + " 结束（" + state().label() + "），不能再记录结果");
        }
        if (!result.reached()) {
            attempts.add(result);
            if (attempts.size() < maxAttempts) {
                dueAt = nextDueAt;
                return;
            }
        }
        outcome = result;
        publish(new ReturnVisitCompleted(id, caseType, caseId, caseNumber, jurisdiction, unit, result.reached(),
                result.satisfaction() == null ? null : result.satisfaction().name(),
                result.dissatisfactionKind() == null ? null : result.dissatisfactionKind().name(),
                result.comment(), result.at(), result.by()), result.at());
        if (result.substantivelyDissatisfied()) {
            publish(new ReturnVisitDissatisfied(id, caseType, caseId, caseNumber, jurisdiction, result.comment(),
                    result.at()), result.at());
        }
    }

    /** Whether the citizen's link may still rate at {@code now}: the visit has not ended and the link not expired. */
    RatingLinkState ratingLinkState(Instant now) {
        if (outcome != null) {
            return RatingLinkState.used;
        }
        if (ratingExpiresAt == null || !now.isBefore(ratingExpiresAt)) {
            return RatingLinkState.expired;
        }
        return RatingLinkState.open;
    }

    VisitState state() {
        if (outcome == null) {
            return VisitState.pending;
        }
        return outcome.reached() ? VisitState.completed : VisitState.unreachable;
    }

    private void publish(Object payload, Instant at) {
        outbox.add(OutboxEvent.of(payload, id, jurisdiction, at));
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    String caseType() {
        return caseType;
    }

    String caseId() {
        return caseId;
    }

    String caseNumber() {
        return caseNumber;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    String unit() {
        return unit;
    }

    Instant repliedAt() {
        return repliedAt;
    }

    String citizenName() {
        return citizenName;
    }

    String citizenPhone() {
        return citizenPhone;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant ratingExpiresAt() {
        return ratingExpiresAt;
    }

    List<Outcome> attempts() {
        return List.copyOf(attempts);
    }

    Outcome outcome() {
        return outcome;
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}

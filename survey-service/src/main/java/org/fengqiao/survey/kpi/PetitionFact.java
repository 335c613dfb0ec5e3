package org.fengqiao.survey.kpi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the KPIs need of one petition (信访事项): its flags at registration, and whether acceptance, the first reply and
 * the closure kept their time limits (petition-service says so on each event). {@code jurisdiction} is the place the
 * matter belongs to (属地).
 */
@Document(PetitionFact.COLLECTION)
record PetitionFact(@Id String id, String jurisdiction, Instant registeredAt, boolean collective, boolean skipLevel,
                    boolean repeat, boolean firstPetition, Instant acceptanceDecidedAt, Boolean acceptedOnTime,
                    Instant firstRepliedAt, Boolean repliedOnTime, boolean reviewRequested, Instant closedAt,
                    Boolean closedOnTime, Instant terminatedAt) {

    static final String COLLECTION = "kpi_petitions";

    static PetitionFact empty(String id, String jurisdiction) {
        return new PetitionFact(id, jurisdiction, null, false, false, false, false, null, null, null, null, false, null,
                null, null);
    }

    PetitionFact registered(String place, Instant at, boolean isCollective, boolean isSkipLevel, boolean isRepeat,
                            boolean isFirst) {
        return new PetitionFact(id, place, at, isCollective, isSkipLevel, isRepeat, isFirst, acceptanceDecidedAt,
                acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, closedAt, closedOnTime, terminatedAt);
    }

    /** Accepted or not accepted: the acceptance decision, on time or not. */
    PetitionFact acceptanceDecided(Instant at, boolean onTime) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition, at, onTime,
                firstRepliedAt, repliedOnTime, reviewRequested, closedAt, closedOnTime, terminatedAt);
    }

    PetitionFact replied(Instant at, boolean onTime) {
        if (firstRepliedAt != null) {
            return this;
        }
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, at, onTime, reviewRequested, closedAt, closedOnTime, terminatedAt);
    }

    /** 复查 requested: the first handling did not settle it. */
    PetitionFact withReviewRequested() {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, true, closedAt, closedOnTime,
                terminatedAt);
    }

    PetitionFact closed(Instant at, boolean onTime) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, at, onTime,
                terminatedAt);
    }

    PetitionFact terminated(Instant at) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, closedAt,
                closedOnTime, at);
    }

    boolean ended() {
        return closedAt != null || terminatedAt != null;
    }

    /** 一次办结: closed without the petitioner asking for 复查. */
    boolean settledAtOnce() {
        return closedAt != null && !reviewRequested;
    }
}

package org.fengqiao.survey.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the KPIs need of one petition (信访事项): its flags at registration, and whether acceptance, the first reply and
 * the closure kept their time limits (petition-service says so on each event). {@code jurisdiction} is the place the
 * matter belongs to (属地). {@code handling} is the history of its reply time limit: one spell per stretch in which it
 * was open (accepted or reopened, not yet replied, not suspended) under one reply deadline, so the 积案 (backlog) can be
 * told for any past moment.
 */
@Document(PetitionFact.COLLECTION)
record PetitionFact(@Id String id, String jurisdiction, Instant registeredAt, boolean collective, boolean skipLevel,
                    boolean repeat, boolean firstPetition, Instant acceptanceDecidedAt, Boolean acceptedOnTime,
                    Instant firstRepliedAt, Boolean repliedOnTime, boolean reviewRequested, Instant closedAt,
                    Boolean closedOnTime, Instant terminatedAt, List<HandlingSpell> handling) {

    static final String COLLECTION = "kpi_petitions";

    static PetitionFact empty(String id, String jurisdiction) {
        return new PetitionFact(id, jurisdiction, null, false, false, false, false, null, null, null, null, false, null,
                null, null, List.of());
    }

    PetitionFact registered(String place, Instant at, boolean isCollective, boolean isSkipLevel, boolean isRepeat,
                            boolean isFirst) {
        return new PetitionFact(id, place, at, isCollective, isSkipLevel, isRepeat, isFirst, acceptanceDecidedAt,
                acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, closedAt, closedOnTime, terminatedAt,
                handling);
    }

    /** Accepted or not accepted: the acceptance decision, on time or not. */
    PetitionFact acceptanceDecided(Instant at, boolean onTime) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition, at, onTime,
                firstRepliedAt, repliedOnTime, reviewRequested, closedAt, closedOnTime, terminatedAt, handling);
    }

    /** Every reply ends the running spell; the first one decides the on-time figures. */
    PetitionFact replied(Instant at, boolean onTime) {
        List<HandlingSpell> spells = ended(at);
        if (firstRepliedAt != null) {
            return withHandling(spells);
        }
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, at, onTime, reviewRequested, closedAt, closedOnTime, terminatedAt,
                spells);
    }

    /** 复查 requested: the first handling did not settle it. */
    PetitionFact withReviewRequested() {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, true, closedAt, closedOnTime,
                terminatedAt, handling);
    }

    PetitionFact closed(Instant at, boolean onTime) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, at, onTime,
                terminatedAt, ended(at));
    }

    PetitionFact terminated(Instant at) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, closedAt,
                closedOnTime, at, ended(at));
    }

    /**
     * From {@code at} the petition is open under the reply deadline {@code dueAt}: accepted, reopened (重办), resumed, or
     * given more time. A running spell with another deadline ends here; the same deadline again changes nothing.
     */
    PetitionFact dueFrom(Instant at, Instant dueAt) {
        if (dueAt == null) {
            return this;
        }
        HandlingSpell running = running();
        if (running != null && dueAt.equals(running.dueAt())) {
            return this;
        }
        List<HandlingSpell> spells = new ArrayList<>(ended(at));
        spells.add(new HandlingSpell(at, dueAt, null));
        return withHandling(spells);
    }

    /** 中止: the clock stands still, so it cannot fall overdue until resumed. */
    PetitionFact suspended(Instant at) {
        return withHandling(ended(at));
    }

    /** 积案 at {@code moment}: open under a reply deadline that had passed. */
    boolean backlogAt(Instant moment) {
        return spells().stream().anyMatch(spell -> spell.overdueAt(moment));
    }

    boolean ended() {
        return closedAt != null || terminatedAt != null;
    }

    /** 一次办结: closed without the petitioner asking for 复查. */
    boolean settledAtOnce() {
        return closedAt != null && !reviewRequested;
    }

    private List<HandlingSpell> spells() {
        return handling == null ? List.of() : handling;
    }

    private HandlingSpell running() {
        List<HandlingSpell> spells = spells();
        HandlingSpell last = spells.isEmpty() ? null : spells.get(spells.size() - 1);
        return last != null && last.until() == null ? last : null;
    }

    private List<HandlingSpell> ended(Instant at) {
        HandlingSpell running = running();
        if (running == null) {
            return spells();
        }
        List<HandlingSpell> spells = new ArrayList<>(spells());
        spells.set(spells.size() - 1, new HandlingSpell(running.from(), running.dueAt(), at));
        return List.copyOf(spells);
    }

    private PetitionFact withHandling(List<HandlingSpell> spells) {
        return new PetitionFact(id, jurisdiction, registeredAt, collective, skipLevel, repeat, firstPetition,
                acceptanceDecidedAt, acceptedOnTime, firstRepliedAt, repliedOnTime, reviewRequested, closedAt,
                closedOnTime, terminatedAt, List.copyOf(spells));
    }

    /**
     * A stretch in which the petition was open under one reply deadline.
     *
     * @param from  when it started (accepted, reopened, resumed, deadline moved)
     * @param dueAt the reply deadline in force
     * @param until when it ended (replied, suspended, deadline moved, closed); {@code null} while running
     */
    record HandlingSpell(Instant from, Instant dueAt, Instant until) {

        boolean overdueAt(Instant moment) {
            return !from.isAfter(moment) && (until == null || until.isAfter(moment)) && dueAt.isBefore(moment);
        }
    }
}

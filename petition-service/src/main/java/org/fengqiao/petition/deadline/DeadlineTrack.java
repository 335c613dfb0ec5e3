package org.fengqiao.petition.deadline;

import java.time.Instant;

import reactor.core.publisher.Mono;

/** What a track (petitions, work orders) contributes to {@link DeadlineScan}: its entries and its cases. */
public interface DeadlineTrack {

    /** The {@code caseType} of this track's entries in {@link OpenDeadline#COLLECTION}. */
    String caseType();

    /**
     * Whether the entry is still the case's running deadline; when it is not, brings the case's entries in step
     * (through its tracker) and emits false. Empty when the case no longer exists.
     */
    Mono<Boolean> stillRunning(OpenDeadline entry, Instant now);
}

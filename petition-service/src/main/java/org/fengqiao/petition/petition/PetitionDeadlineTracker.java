package org.fengqiao.petition.petition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.petition.deadline.OpenDeadlines;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps a petition's entries in {@code open_deadlines} in step with it: one per running stage (accept, reply,
 * review, re-review, supervision), closed when the stage ends. Idempotent: derived from the petition alone, so the
 * scan can repair with it.
 */
@Component
class PetitionDeadlineTracker {

    static final String CASE_TYPE = "petition";
    static final List<String> STAGES = List.of("accept", "reply", "review", "re-review", "supervision");

    private final OpenDeadlines watchList;
    private final PetitionDeadlines deadlines;

    PetitionDeadlineTracker(OpenDeadlines watchList, PetitionDeadlines deadlines) {
        this.watchList = watchList;
        this.deadlines = deadlines;
    }

    Mono<Void> track(Petition petition, Instant now) {
        Map<String, Instant> running = petition.runningDeadlines();
        return Flux.fromIterable(STAGES)
                .concatMap(stage -> running.containsKey(stage)
                        ? watchList.open(new OpenDeadlines.Running(CASE_TYPE, petition.id(), petition.number(), stage,
                                petition.jurisdiction(), petition.holderCode(), running.get(stage)),
                                deadlines.approachingWorkingDays(), now)
                        : watchList.close(petition.id(), stage))
                .then();
    }
}

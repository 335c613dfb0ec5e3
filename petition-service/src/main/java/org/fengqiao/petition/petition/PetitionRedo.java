package org.fengqiao.petition.petition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 重办 of a petition after a substantive 不满意 at the return visit, for the listener of survey-service's events: a
 * replied petition goes back to the unit that replied with a fresh reply deadline; any other petition is skipped
 * with a log line (already redone, moved on to 复查 or closed, unknown), never an error.
 */
@Component
public class PetitionRedo {

    private static final Logger log = LoggerFactory.getLogger(PetitionRedo.class);
    private static final Actor RETURN_VISIT = new Actor("survey-service", "回访系统", null);

    private final PetitionHandling handling;

    PetitionRedo(PetitionHandling handling) {
        this.handling = handling;
    }

    /**
     * Reopens the petition if it is replied now.
     *
     * @param petitionId    our id of the petition
     * @param returnVisitId survey-service's id of the visit, carried on {@code petition.reopened}
     * @param reason        the timeline note, e.g. {@code 回访不满意（实质性）：……}
     * @return completes when done or skipped
     */
    public Mono<Void> afterReturnVisit(String petitionId, String returnVisitId, String reason) {
        return handling.reopenAfterReturnVisit(petitionId, returnVisitId, reason, RETURN_VISIT)
                .doOnNext(p -> log.info("Petition {} reopened (重办) after return visit {}", p.number(), returnVisitId))
                .switchIfEmpty(Mono.fromRunnable(() -> log.info(
                        "Return visit {}: petition {} is not in the replied state (or unknown), no redo",
                        returnVisitId, petitionId)))
                .then();
    }
}

package org.fengqiao.petition.petition;

import java.time.Instant;
import java.util.Objects;

import org.fengqiao.petition.deadline.DeadlineScan;
import org.fengqiao.petition.deadline.DeadlineTrack;
import org.fengqiao.petition.deadline.OpenDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The petitions' part of the 督办 {@link DeadlineScan}: entries with {@code caseType = petition}, one per petition
 * and running stage, current while the petition's running deadline of that stage is still the entry's.
 */
@Component
class PetitionDeadlineScan implements DeadlineTrack {

    private static final Logger log = LoggerFactory.getLogger(PetitionDeadlineScan.class);

    private final DeadlineScan deadlineScan;
    private final PetitionRepository petitions;
    private final PetitionDeadlineTracker tracker;

    PetitionDeadlineScan(DeadlineScan deadlineScan, PetitionRepository petitions, PetitionDeadlineTracker tracker) {
        this.deadlineScan = deadlineScan;
        this.petitions = petitions;
        this.tracker = tracker;
    }

    @Scheduled(fixedDelayString = "${fengqiao.petitions.deadline-scan-interval:PT1M}",
            initialDelayString = "${fengqiao.petitions.deadline-scan-interval:PT1M}")
    void scheduled() {
        // A scheduler thread, not a reactive pipeline: waiting here keeps scans from overlapping.
        scan().onErrorResume(error -> {
            log.warn("Petition deadline scan failed; the next one retries: {}", error.toString());
            return Mono.just(0);
        }).block();
    }

    /** One pass; answers how many events it published. */
    Mono<Integer> scan() {
        return deadlineScan.scan(this);
    }

    @Override
    public String caseType() {
        return PetitionDeadlineTracker.CASE_TYPE;
    }

    @Override
    public Mono<Boolean> stillRunning(OpenDeadline entry, Instant now) {
        return petitions.findById(entry.caseId())
                .flatMap(petition -> Objects.equals(petition.runningDeadlines().get(entry.stage()), entry.dueAt())
                        ? Mono.just(true)
                        : tracker.track(petition, now).thenReturn(false));
    }
}

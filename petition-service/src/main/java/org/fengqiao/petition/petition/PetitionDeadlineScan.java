package org.fengqiao.petition.petition;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.fengqiao.petition.deadline.DeadlineScan;
import org.fengqiao.petition.deadline.DeadlineTrack;
import org.fengqiao.petition.deadline.OpenDeadline;
import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The petitions' part of the 督办 {@link DeadlineScan}: entries with {@code caseType = petition}, one per petition
 * and running stage, current while the petition's running deadline of that stage is still the entry's; a pass
 * every {@code fengqiao.petitions.deadline-scan-interval}.
 */
@Component
class PetitionDeadlineScan implements DeadlineTrack, PeriodicSweep {

    private final DeadlineScan deadlineScan;
    private final PetitionRepository petitions;
    private final PetitionDeadlineTracker tracker;
    private final Duration interval;

    PetitionDeadlineScan(DeadlineScan deadlineScan, PetitionRepository petitions, PetitionDeadlineTracker tracker,
                         PetitionProperties properties) {
        this.deadlineScan = deadlineScan;
        this.petitions = petitions;
        this.tracker = tracker;
        this.interval = properties.deadlineScanInterval();
    }

    @Override
    public String name() {
        return "petition deadline scan";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Mono<Integer> sweep() {
        return scan();
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

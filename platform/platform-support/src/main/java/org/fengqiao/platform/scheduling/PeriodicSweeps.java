package org.fengqiao.platform.scheduling;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs every {@link PeriodicSweep} bean from start-up to shutdown: a tick every interval, a round per tick unless
 * the previous round is still running (then the tick is dropped, never queued), failures logged and swallowed.
 */
final class PeriodicSweeps implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicSweeps.class);

    private final List<PeriodicSweep> sweeps;
    private volatile Disposable.Composite running;

    PeriodicSweeps(List<PeriodicSweep> sweeps) {
        this.sweeps = List.copyOf(sweeps);
    }

    @Override
    public void start() {
        Disposable.Composite started = Disposables.composite();
        for (PeriodicSweep sweep : sweeps) {
            if (!sweep.enabled()) {
                log.info("Periodic sweep '{}' is switched off", sweep.name());
                continue;
            }
            started.add(schedule(sweep));
        }
        running = started;
    }

    private static Disposable schedule(PeriodicSweep sweep) {
        return Mono.defer(sweep::beforeFirstRound)
                .onErrorResume(error -> {
                    log.warn("Periodic sweep '{}' could not prepare; starting the rounds anyway: {}", sweep.name(),
                            error.toString());
                    return Mono.empty();
                })
                .thenMany(Flux.interval(sweep.interval()))
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(sweep::sweep)
                        .onErrorResume(error -> {
                            log.warn("Periodic sweep '{}' failed; the next round retries in {}: {}", sweep.name(),
                                    sweep.interval(), error.toString());
                            return Mono.empty();
                        }), 0)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}

package org.fengqiao.platform.messaging;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Forgets processed-event marks older than the retention, hourly. Our own sweep rather than a TTL index,
 * which the embedded store accepts but never applies (STACK.md).
 */
final class ProcessedEventsExpiry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsExpiry.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final ProcessedEvents processedEvents;
    private final Duration retention;
    private final Clock clock;
    private volatile Disposable sweeps;

    ProcessedEventsExpiry(ProcessedEvents processedEvents, Duration retention, Clock clock) {
        this.processedEvents = processedEvents;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void start() {
        sweeps = Flux.interval(Duration.ofMinutes(1), EVERY)
                .concatMap(tick -> processedEvents.forgetBefore(clock.instant().minus(retention))
                        .doOnNext(forgotten -> log.debug("Forgot {} processed-event marks", forgotten))
                        .onErrorResume(error -> {
                            log.warn("Expiring processed-event marks failed: {}", error.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = sweeps;
        if (current != null) {
            current.dispose();
        }
        sweeps = null;
    }

    @Override
    public boolean isRunning() {
        return sweeps != null;
    }
}

package org.fengqiao.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import reactor.core.publisher.Mono;

class PeriodicSweepsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SchedulingAutoConfiguration.class));

    @Test
    void runsRoundsUntilShutdownAndKeepsGoingAfterAFailedRound() {
        Counting sweep = new Counting(Duration.ofMillis(20), Duration.ZERO, 1);
        runner.withBean(PeriodicSweep.class, () -> sweep).run(context ->
                await().atMost(Duration.ofSeconds(5)).until(() -> sweep.rounds.get() >= 4));

        int afterShutdown = sweep.rounds.get();
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> true);
        assertThat(sweep.rounds).as("no round after the context closed").hasValue(afterShutdown);
    }

    @Test
    void aSlowRoundIsNeverOverlappedByTheNextTick() {
        Counting sweep = new Counting(Duration.ofMillis(10), Duration.ofMillis(100), 0);
        runner.withBean(PeriodicSweep.class, () -> sweep).run(context ->
                await().atMost(Duration.ofSeconds(5)).until(() -> sweep.rounds.get() >= 3));

        assertThat(sweep.overlapped).isFalse();
    }

    @Test
    void aSwitchedOffSweepNeverRuns() {
        Counting sweep = new Counting(Duration.ofMillis(10), Duration.ZERO, 0) {
            @Override
            public boolean enabled() {
                return false;
            }
        };
        runner.withBean(PeriodicSweep.class, () -> sweep).run(context -> {
            await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> true);
            assertThat(sweep.rounds).hasValue(0);
        });
    }

    private static class Counting implements PeriodicSweep {

        final AtomicInteger rounds = new AtomicInteger();
        final AtomicBoolean overlapped = new AtomicBoolean();
        private final AtomicBoolean inRound = new AtomicBoolean();
        private final Duration interval;
        private final Duration takes;
        private final AtomicInteger failuresLeft;

        Counting(Duration interval, Duration takes, int failures) {
            this.interval = interval;
            this.takes = takes;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public String name() {
            return "test sweep";
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public Mono<?> sweep() {
            if (!inRound.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            return Mono.delay(takes)
                    .then(Mono.defer(() -> failuresLeft.getAndDecrement() > 0
                            ? Mono.error(new IllegalStateException("store down"))
                            : Mono.just(rounds.incrementAndGet())))
                    .doFinally(signal -> inRound.set(false));
        }
    }
}

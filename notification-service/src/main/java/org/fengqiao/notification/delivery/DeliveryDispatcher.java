package org.fengqiao.notification.delivery;

import java.time.Duration;

import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Runs {@link DeliveryQueue#dispatchDue()} every {@code poll-interval}; a round that takes longer swallows the ticks
 * it overlaps instead of running twice at once. A failing round (e.g. the store is down) is logged and the next
 * tick tries again. Off with {@code fengqiao.notification.delivery.dispatcher-enabled=false}.
 */
@Component
class DeliveryDispatcher implements PeriodicSweep {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final DeliveryProperties properties;

    DeliveryDispatcher(DeliveryQueue queue, DeliveryProperties properties) {
        this.queue = queue;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "投递调度";
    }

    @Override
    public boolean enabled() {
        return properties.dispatcherEnabled();
    }

    @Override
    public Duration interval() {
        return properties.pollInterval();
    }

    @Override
    public Mono<?> beforeFirstRound() {
        return queue.listActiveDeliveries()
                .onErrorResume(error -> {
                    log.warn("投递工作清单补齐失败（仅影响旧版本留下的待发投递）: {}", error.toString());
                    return Mono.empty();
                });
    }

    @Override
    public Mono<?> sweep() {
        return queue.dispatchDue();
    }
}

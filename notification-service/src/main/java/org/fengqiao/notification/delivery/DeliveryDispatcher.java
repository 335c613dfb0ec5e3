package org.fengqiao.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@link DeliveryQueue#dispatchDue()} every {@code poll-interval}; a round that takes longer swallows the ticks
 * it overlaps instead of running twice at once. A failing round (e.g. the store is down) is logged and the next
 * tick tries again.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final DeliveryProperties properties;
    private volatile Disposable running;

    DeliveryDispatcher(DeliveryQueue queue, DeliveryProperties properties) {
        this.queue = queue;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.dispatcherEnabled()) {
            log.info("投递调度已关闭（fengqiao.notification.delivery.dispatcher-enabled=false）");
            return;
        }
        running = queue.listActiveDeliveries()
                .onErrorResume(error -> {
                    log.warn("投递工作清单补齐失败（仅影响旧版本留下的待发投递）: {}", error.toString());
                    return Mono.empty();
                })
                .thenMany(Flux.interval(properties.pollInterval()))
                .onBackpressureDrop()
                .concatMap(tick -> queue.dispatchDue()
                        .onErrorResume(error -> {
                            log.warn("投递调度本轮失败，下一轮重试: {}", error.toString());
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
        return running != null && !running.isDisposed();
    }
}

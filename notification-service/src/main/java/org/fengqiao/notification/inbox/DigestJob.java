package org.fengqiao.notification.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Looks every {@code check-interval} whether today's digest is due (a service started after the digest time
 * writes the day's digest at once). A failed round is logged and the next check tries again.
 */
@Component
class DigestJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DailyDigest digest;
    private final DigestProperties properties;
    private volatile Disposable running;

    DigestJob(DailyDigest digest, DigestProperties properties) {
        this.digest = digest;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("每日提醒已关闭（fengqiao.notification.digest.enabled=false）");
            return;
        }
        running = Flux.interval(properties.checkInterval())
                .onBackpressureDrop()
                .concatMap(tick -> digest.runIfDue()
                        .onErrorResume(error -> {
                            log.warn("每日提醒本轮失败，下一轮重试: {}", error.toString());
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

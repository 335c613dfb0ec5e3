package org.fengqiao.notification.inbox;

import java.time.Duration;

import org.fengqiao.platform.scheduling.PeriodicSweep;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Looks every {@code check-interval} whether today's digest is due (a service started after the digest time
 * writes the day's digest at once). A failed round is logged and the next check tries again; off with
 * {@code fengqiao.notification.digest.enabled=false}.
 */
@Component
class DigestJob implements PeriodicSweep {

    private final DailyDigest digest;
    private final DigestProperties properties;

    DigestJob(DailyDigest digest, DigestProperties properties) {
        this.digest = digest;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "每日提醒";
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public Duration interval() {
        return properties.checkInterval();
    }

    @Override
    public Mono<?> sweep() {
        return digest.runIfDue();
    }
}

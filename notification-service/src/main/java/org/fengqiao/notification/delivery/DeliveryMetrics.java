package org.fengqiao.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code fengqiao.notification.deliveries}: deliveries logged ({@code outcome=enqueued}) and attempt outcomes
 * ({@code sent}, {@code failed}, {@code deferred}, {@code dead}) per {@code channel}.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void enqueued(Channel channel) {
        outcome(channel, "enqueued");
    }

    void outcome(Channel channel, String outcome) {
        Counter.builder("fengqiao.notification.deliveries")
                .description("Notification deliveries by channel and outcome")
                .tag("channel", channel.value())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}

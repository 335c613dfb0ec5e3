package org.fengqiao.notification.delivery;

import reactor.core.publisher.Mono;

/**
 * Sends deliveries of one channel. Completing means the recipient accepted the delivery; failing with a
 * {@link DeliveryFailure} says whether to retry, give up or wait; any other error is retried with backoff.
 */
public interface ChannelSender {

    Channel channel();

    Mono<Void> send(Delivery delivery);
}

package org.fengqiao.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RetryListener;

/**
 * One line per failed delivery and per dead letter, with the root cause's message but no stack trace:
 * the stack trace of a poison record is the same on every attempt and says nothing about the record.
 */
final class ListenerFailureLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger("org.fengqiao.platform.messaging.Listeners");

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception error, int deliveryAttempt) {
        log.warn("Listener failed on {} (delivery {}): {}", position(record), deliveryAttempt, Failures.rootMessage(error));
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception error) {
        log.error("Gave up on {} (key {}), sent to {}: {}", position(record), record.key(),
                Topics.deadLetter(record.topic()), Failures.rootMessage(error));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        log.error("Could not dead-letter {}, it will be delivered again: {}", position(record), Failures.rootMessage(failure));
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}

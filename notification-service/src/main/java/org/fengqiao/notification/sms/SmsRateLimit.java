package org.fengqiao.notification.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;

import org.bson.Document;
import org.fengqiao.notification.delivery.Delivery;
import org.fengqiao.notification.delivery.DeliveryFailure;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * 每号码限频: at most {@code maxPerWindow} SMS per phone in each fixed window (e.g. each clock hour). A send over
 * the limit is postponed to the next window (and past quiet hours for a non-urgent one), never dropped. Urgent
 * notices count but are not held back. One counter document per phone and window, bumped atomically, so parallel
 * dispatchers never let a sixth through.
 */
final class SmsRateLimit {

    static final String COLLECTION = "sms_rate_windows";

    private final SmsProperties.RateLimit settings;
    private final QuietHours quietHours;
    private final ReactiveMongoOperations mongo;
    private final Clock clock;

    SmsRateLimit(SmsProperties.RateLimit settings, QuietHours quietHours, ReactiveMongoOperations mongo, Clock clock) {
        this.settings = settings;
        this.quietHours = quietHours;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs {@code send} within the recipient's allowance, or fails with {@link DeliveryFailure.Kind#POSTPONED}. */
    Mono<Void> within(Delivery delivery, Mono<Void> send) {
        if (settings.maxPerWindow() <= 0) {
            return send;
        }
        Instant now = clock.instant();
        long windowMillis = settings.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        Instant windowEnd = windowStart.plus(settings.window());
        Query counter = Query.query(where("_id").is(delivery.recipient() + "@" + windowStart.toEpochMilli()));
        return mongo.findAndModify(counter, new Update().inc("sent", 1).setOnInsert("expiresAt", windowEnd),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .flatMap(window -> {
                    long sent = ((Number) window.get("sent")).longValue();
                    if (sent > settings.maxPerWindow() && !delivery.urgent()) {
                        Instant next = quietHours.earliestSend(windowEnd);
                        return mongo.updateFirst(counter, new Update().inc("sent", -1), COLLECTION)
                                .then(Mono.error(DeliveryFailure.postponed("已达每号码短信上限（" + settings.maxPerWindow()
                                        + " 条/" + settings.window().toMinutes() + " 分钟），顺延发送", next)));
                    }
                    // A failed send gives its place back, so a retry does not use up the allowance.
                    return send.onErrorResume(error -> mongo.updateFirst(counter, new Update().inc("sent", -1), COLLECTION)
                            .then(Mono.error(error)));
                });
    }
}

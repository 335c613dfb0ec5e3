package org.fengqiao.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.fengqiao.platform.testkit.AcceptTestTokens;
import org.fengqiao.platform.testkit.EmbeddedPlatformInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * notification-service as a whole against the real embedded broker and Mongo-wire store (what
 * {@code @EmbeddedPlatform} applies), with test tokens, a local 12345 callback receiver and retry settings short
 * enough for tests (a callback is given up after 4s instead of a day), and a {@link TestClock} tests can move
 * forward.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fengqiao.notification.delivery.poll-interval=100ms",
        "fengqiao.notification.delivery.retry.initial-backoff=100ms",
        "fengqiao.notification.delivery.retry.max-backoff=400ms",
        "fengqiao.notification.delivery.retry.retry-for=4s",
        "fengqiao.notification.hotline.timeout=2s",
        "fengqiao.notification.hotline.circuit-breaker.minimum-calls=4",
        "fengqiao.notification.hotline.circuit-breaker.open-wait=300ms",
        "fengqiao.notification.digest.check-interval=200ms",
        "fengqiao.notification.sms.rate-limit.max-per-window=" + NotificationIT.SMS_PER_HOUR,
        "fengqiao.notification.sms.leader-phones.330681=" + NotificationIT.LEADER_PHONE})
@ContextConfiguration(initializers = {EmbeddedPlatformInitializer.class, NotificationTestInitializer.class})
// On 2 busy cores the first call of a context can outlast the 5 s default.
@AutoConfigureWebTestClient(timeout = "30s")
@AcceptTestTokens
public @interface NotificationIT {

    /** The county leader's phone the tests configure for 预警 SMS. */
    String LEADER_PHONE = "13900000900";

    /** The per-phone SMS limit the tests configure (per clock hour). */
    int SMS_PER_HOUR = 3;
}

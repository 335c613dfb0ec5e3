package org.fengqiao.notification.callback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.notification.hotline.*}: where 12345 callbacks go and how they are signed.
 *
 * @param callbackUrl    the hotline's callback endpoint; blank switches callbacks off
 * @param signingKey     the shared HMAC-SHA256 key (from the environment)
 * @param timeout        how long one attempt may take (default 10s)
 * @param circuitBreaker when to stop calling a failing endpoint for a while
 */
@ConfigurationProperties("fengqiao.notification.hotline")
record HotlineProperties(String callbackUrl, String signingKey, Duration timeout, CircuitBreaker circuitBreaker) {

    HotlineProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(null, null, null, null) : circuitBreaker;
    }

    boolean enabled() {
        return callbackUrl != null && !callbackUrl.isBlank();
    }

    /**
     * Per endpoint: open when {@code failureRateThreshold} % of the last {@code slidingWindowSize} calls (at least
     * {@code minimumCalls}) failed; stay open for {@code openWait} (defaults 50 %, 10, 5, 30s).
     */
    record CircuitBreaker(Float failureRateThreshold, Integer slidingWindowSize, Integer minimumCalls, Duration openWait) {

        CircuitBreaker {
            failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
            slidingWindowSize = slidingWindowSize == null ? 10 : slidingWindowSize;
            minimumCalls = minimumCalls == null ? 5 : minimumCalls;
            openWait = openWait == null ? Duration.ofSeconds(30) : openWait;
        }
    }
}

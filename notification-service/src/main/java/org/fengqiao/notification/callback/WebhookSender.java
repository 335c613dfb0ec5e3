package org.fengqiao.notification.callback;

import java.net.URI;
import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import org.fengqiao.notification.delivery.Channel;
import org.fengqiao.notification.delivery.ChannelSender;
import org.fengqiao.notification.delivery.Delivery;
import org.fengqiao.notification.delivery.DeliveryFailure;
import org.fengqiao.notification.delivery.DeliveryHttp;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/** Posts a callback with its signature headers, through one circuit breaker per endpoint (scheme, host, port). */
@Component
@ConditionalOnExpression("!'${fengqiao.notification.hotline.callback-url:}'.isBlank()")
class WebhookSender implements ChannelSender {

    private static final int MAX_ERROR_BODY = 200;

    private final HotlineProperties hotline;
    private final Clock clock;
    private final WebClient web;
    private final CircuitBreakerRegistry breakers;

    WebhookSender(HotlineProperties hotline, Clock clock, DeliveryHttp http) {
        if (hotline.signingKey() == null || hotline.signingKey().isBlank()) {
            throw new IllegalStateException("fengqiao.notification.hotline.callback-url is set but signing-key is not: "
                    + "set HOTLINE_SIGNING_KEY to the key agreed with the 12345 hotline");
        }
        this.hotline = hotline;
        this.clock = clock;
        this.web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http.client(hotline.timeout())))
                .build();
        HotlineProperties.CircuitBreaker settings = hotline.circuitBreaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openWait())
                .recordException(error -> !(error instanceof DeliveryFailure failure
                        && failure.kind() == DeliveryFailure.Kind.REJECTED))
                .build());
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Mono<Void> send(Delivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        CircuitBreaker breaker = breakers.circuitBreaker(endpointOf(delivery.recipient()));
        return web.post().uri(delivery.recipient())
                .contentType(MediaType.APPLICATION_JSON)
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(CallbackSignature.SIGNATURE_HEADER,
                        CallbackSignature.sign(hotline.signingKey(), timestamp, delivery.content()))
                .header(CallbackSignature.IDEMPOTENCY_HEADER, delivery.eventId())
                .bodyValue(delivery.content())
                .exchangeToMono(WebhookSender::outcome)
                .timeout(hotline.timeout())
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorMap(CallNotPermittedException.class, open -> DeliveryFailure.deferred(
                        "熔断器打开，暂停向 " + breaker.getName() + " 投递", hotline.circuitBreaker().openWait()));
    }

    private static Mono<Void> outcome(ClientResponse response) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            return response.releaseBody();
        }
        boolean retryable = status >= 500 || status == 408 || status == 425 || status == 429;
        return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(body -> {
            String message = "HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body));
            return Mono.error(retryable ? DeliveryFailure.retry(message) : DeliveryFailure.rejected(message));
        });
    }

    private static String endpointOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String abbreviate(String body) {
        return body.length() <= MAX_ERROR_BODY ? body : body.substring(0, MAX_ERROR_BODY) + "…";
    }
}

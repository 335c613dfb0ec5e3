package org.fengqiao.notification.sms;

import org.fengqiao.notification.delivery.Channel;
import org.fengqiao.notification.delivery.ChannelSender;
import org.fengqiao.notification.delivery.Delivery;
import org.fengqiao.notification.delivery.DeliveryFailure;
import org.fengqiao.notification.delivery.DeliveryHttp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS provider adapter: {@code POST provider-url} with {@code X-Api-Key} and the JSON body
 * {@code {"to", "text", "reference"}} (reference = our delivery id, for the provider's own dedupe).
 */
@Component
@SmsChannelConfigured
class SmsClient implements ChannelSender {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SmsProperties properties;
    private final ObjectProvider<SmsSimulator> simulator;
    private final WebClient web;
    private final SmsRateLimit rateLimit;

    SmsClient(SmsProperties properties, ObjectProvider<SmsSimulator> simulator, SmsRateLimit rateLimit,
              DeliveryHttp http) {
        if (properties.providerUrl() != null && !properties.providerUrl().isBlank()
                && (properties.apiKey() == null || properties.apiKey().isBlank())) {
            throw new IllegalStateException("fengqiao.notification.sms.provider-url is set but api-key is not: "
                    + "set SMS_PROVIDER_KEY");
        }
        this.properties = properties;
        this.simulator = simulator;
        this.rateLimit = rateLimit;
        this.web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http.client(properties.timeout())))
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Mono<Void> send(Delivery delivery) {
        String body = JSON.writeValueAsString(JSON.createObjectNode()
                .put("to", delivery.recipient())
                .put("text", delivery.content())
                .put("reference", delivery.id()));
        return rateLimit.within(delivery, web.post().uri(providerUrl())
                .contentType(MediaType.APPLICATION_JSON)
                .header(API_KEY_HEADER, properties.apiKey() == null ? "" : properties.apiKey())
                .bodyValue(body)
                .exchangeToMono(SmsClient::outcome)
                .timeout(properties.timeout()));
    }

    private String providerUrl() {
        if (properties.providerUrl() != null && !properties.providerUrl().isBlank()) {
            return properties.providerUrl();
        }
        return simulator.getObject().url();
    }

    private static Mono<Void> outcome(ClientResponse response) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            return response.releaseBody();
        }
        boolean retryable = status >= 500 || status == 408 || status == 429;
        return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(text -> {
            String message = "短信服务商返回 HTTP " + status + (text.isBlank() ? "" : ": "
                    + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
            return Mono.error(retryable ? DeliveryFailure.retry(message) : DeliveryFailure.rejected(message));
        });
    }
}

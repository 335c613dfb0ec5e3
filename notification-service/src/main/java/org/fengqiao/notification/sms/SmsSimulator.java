package org.fengqiao.notification.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 短信模拟器: an SMS provider for the local stack. Listens on its own loopback port (the service's API port
 * requires a JWT on every path, and a provider is a separate system anyway), accepts {@code POST /send} like a
 * provider, and keeps the latest messages in memory for {@code GET /api/notifications/sms-simulator/messages}.
 */
@Component
@ConditionalOnProperty(prefix = "fengqiao.notification.sms.simulator", name = "enabled", havingValue = "true")
class SmsSimulator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmsSimulator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SmsProperties properties;
    private final Clock clock;
    private final Deque<SimulatedSms> messages = new ArrayDeque<>();
    private final DisposableServer server;

    SmsSimulator(SmsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.server = HttpServer.create().host("127.0.0.1").port(properties.simulator().port())
                .route(routes -> routes.post("/send", this::receive))
                .bindNow();
        log.info("短信模拟器已启动: {}（只在本机可达）", url());
    }

    String url() {
        return "http://127.0.0.1:" + server.port() + "/send";
    }

    /** Newest first; {@code to} filters by phone number when not null. */
    synchronized List<SimulatedSms> messages(String to, int limit) {
        List<SimulatedSms> found = new ArrayList<>();
        messages.descendingIterator().forEachRemaining(message -> {
            if (found.size() < limit && (to == null || to.equals(message.to()))) {
                found.add(message);
            }
        });
        return found;
    }

    private synchronized SimulatedSms record(String to, String text, String reference) {
        SimulatedSms message = new SimulatedSms(UUID.randomUUID().toString(), to, text, reference, clock.instant());
        messages.addLast(message);
        while (messages.size() > properties.simulator().capacity()) {
            messages.removeFirst();
        }
        return message;
    }

    private Mono<Void> receive(HttpServerRequest request, HttpServerResponse response) {
        String expectedKey = properties.apiKey();
        if (expectedKey != null && !expectedKey.isBlank()
                && !expectedKey.equals(request.requestHeaders().get(SmsClient.API_KEY_HEADER))) {
            return response.status(HttpResponseStatus.UNAUTHORIZED).sendString(Mono.just("{\"error\":\"bad api key\"}"))
                    .then();
        }
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
            try {
                JsonNode json = JSON.readTree(body);
                String to = json.path("to").asString("");
                String text = json.path("text").asString("");
                if (to.isBlank() || text.isBlank()) {
                    return response.status(HttpResponseStatus.BAD_REQUEST)
                            .sendString(Mono.just("{\"error\":\"to and text are required\"}")).then();
                }
                SimulatedSms message = record(to, text, json.path("reference").asString(null));
                return response.status(HttpResponseStatus.OK).header("Content-Type", "application/json")
                        .sendString(Mono.just("{\"messageId\":\"" + message.id() + "\"}")).then();
            } catch (JacksonException e) {
                return response.status(HttpResponseStatus.BAD_REQUEST)
                        .sendString(Mono.just("{\"error\":\"body is not JSON\"}")).then();
            }
        });
    }

    @Override
    public void destroy() {
        server.disposeNow();
    }
}

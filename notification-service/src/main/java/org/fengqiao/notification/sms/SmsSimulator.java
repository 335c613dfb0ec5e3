package org.fengqiao.notification.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
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
 * provider, and keeps the latest {@code capacity} messages in the {@code sms_simulator_messages} collection (so they
 * survive a restart of the local stack) for {@code GET /api/notifications/sms-simulator/messages}.
 */
@Component
@ConditionalOnProperty(prefix = "fengqiao.notification.sms.simulator", name = "enabled", havingValue = "true")
class SmsSimulator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmsSimulator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String COLLECTION = "sms_simulator_messages";

    private final SmsProperties properties;
    private final Clock clock;
    private final ReactiveMongoOperations mongo;
    private final DisposableServer server;

    SmsSimulator(SmsProperties properties, Clock clock, ReactiveMongoOperations mongo) {
        this.properties = properties;
        this.clock = clock;
        this.mongo = mongo;
        this.server = HttpServer.create().host("127.0.0.1").port(properties.simulator().port())
                .route(routes -> routes.post("/send", this::receive))
                .bindNow();
        log.info("短信模拟器已启动: {}（只在本机可达）", url());
    }

    String url() {
        return "http://127.0.0.1:" + server.port() + "/send";
    }

    /** Newest first; {@code to} filters by phone number when not null. */
    Mono<List<SimulatedSms>> messages(String to, int limit) {
        Query query = to == null ? new Query() : Query.query(where("to").is(to));
        // ObjectIds grow with every insert of this process, so _id order is arrival order.
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), Stored.class, COLLECTION)
                .map(Stored::toMessage)
                .collectList();
    }

    private Mono<SimulatedSms> record(String to, String text, String reference) {
        Stored message = new Stored(new ObjectId(), to, text, reference, clock.instant());
        return mongo.insert(message, COLLECTION)
                .flatMap(stored -> trim().thenReturn(stored.toMessage()));
    }

    /** Drops the oldest messages beyond {@code capacity}. */
    private Mono<Void> trim() {
        int capacity = properties.simulator().capacity();
        return mongo.count(new Query(), COLLECTION)
                .filter(count -> count > capacity)
                .flatMapMany(count -> mongo.find(new Query().with(Sort.by("_id")).limit((int) (count - capacity)),
                        Stored.class, COLLECTION))
                .map(Stored::id)
                .collectList()
                .filter(ids -> !ids.isEmpty())
                .flatMap(ids -> mongo.remove(Query.query(where("_id").in(ids)), COLLECTION))
                .then();
    }

    /** A message as stored. */
    record Stored(@Id ObjectId id, String to, String text, String reference, Instant receivedAt) {

        SimulatedSms toMessage() {
            return new SimulatedSms(id.toHexString(), to, text, reference, receivedAt);
        }
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
                return record(to, text, json.path("reference").asString(null))
                        .flatMap(message -> response.status(HttpResponseStatus.OK)
                                .header("Content-Type", "application/json")
                                .sendString(Mono.just("{\"messageId\":\"" + message.id() + "\"}")).then());
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

package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The intake scenarios; they run against the embedded broker and store ({@link WorkOrderIntakeIT}) and,
 * where a Docker engine exists, against real MongoDB and Kafka images ({@link WorkOrderIntakeContainersIT}).
 */
abstract class WorkOrderIntakeScenarios {

    private static final String ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"枫源村村口路灯连续一周不亮，夜间通行不安全。","category":"help","urgency":"normal",
             "address":"诸暨市枫桥镇枫源村村口"}""";

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(kafkaBootstrapServers(), Topics.PETITION);
    }

    abstract String kafkaBootstrapServers();

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void theHotlinesPushIsStoredAndAnnouncedOnce() {
        JsonNode order = push(TestTokens.hotline(), ORDER.formatted("ZJ-IT-0001"))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/work-orders/[0-9a-f]{24}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = order.get("id").asString();
        assertThat(order.get("state").asString()).isEqualTo("received");
        assertThat(order.get("jurisdiction").asString()).isEqualTo(DemoDivisions.COUNTY);

        List<ConsumerRecord<String, String>> announced = awaitEventsFor(id, 1);
        ConsumerRecord<String, String> record = announced.get(0);
        assertThat(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("work-order.received");
        assertThat(RecordingConsumer.header(record, EventHeaders.JURISDICTION)).isEqualTo(DemoDivisions.COUNTY);
        WorkOrderReceived payload = (WorkOrderReceived) EventJson.standard()
                .read(new EventTypeId("work-order.received", 1), record.value());
        assertThat(payload.orderNumber()).isEqualTo("ZJ-IT-0001");
        assertThat(payload.callerPhone()).isEqualTo("13905751234");
    }

    @Test
    void aRepeatedPushAnswersTheExistingOrderAndAnnouncesNothingNew() {
        String id = push(TestTokens.hotline(), ORDER.formatted("ZJ-IT-0002")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        awaitEventsFor(id, 1);

        JsonNode repeated = push(TestTokens.hotline(), ORDER.formatted("ZJ-IT-0002").replace("路灯", "路面"))
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(repeated.get("id").asString()).isEqualTo(id);
        assertThat(repeated.get("content").asString()).contains("路灯");
        assertThat(storedWithOrderNumber("ZJ-IT-0002")).isEqualTo(1);
        String laterId = push(TestTokens.hotline(), ORDER.formatted("ZJ-IT-0003")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        awaitEventsFor(laterId, 1);
        assertThat(events.withKey(id)).hasSize(1);
    }

    @Test
    void badInputIsAProblemDetailAndStoresNothing() {
        push(TestTokens.hotline(), """
                {"orderNumber":"ZJ-IT-BAD1","callerName":"王秀英","callerPhone":"12345",
                 "content":"","category":"help","urgency":"normal"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'callerPhone')]").exists()
                .jsonPath("$.errors[?(@.field == 'content')]").exists();
        push(TestTokens.hotline(), ORDER.formatted("ZJ-IT-BAD2").replace("\"help\"", "\"gossip\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
        push(TestTokens.hotline(), "{\"orderNumber\": {\"$gt\": \"\"}}")
                .expectStatus().isBadRequest();

        assertThat(storedWithOrderNumber("ZJ-IT-BAD1")).isZero();
        assertThat(storedWithOrderNumber("ZJ-IT-BAD2")).isZero();
    }

    @Test
    void onlyTheHotlineAndDispatchersMayPushAndOnlyTheCountySeesAnUndispatchedOrder() {
        push(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), ORDER.formatted("ZJ-IT-0004"))
                .expectStatus().isForbidden();
        String id = push(TestTokens.hotline(), ORDER.formatted("ZJ-IT-0005")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        read(id, TestTokens.countyDispatcher()).expectStatus().isOk();
        read(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/work-orders/{id}", id).exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec push(String token, String json) {
        return web.post().uri("/api/work-orders")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/work-orders/{id}", id).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private List<ConsumerRecord<String, String>> awaitEventsFor(String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).size() >= count);
        return events.withKey(id);
    }

    private long storedWithOrderNumber(String orderNumber) {
        return mongo.count(Query.query(Criteria.where("orderNumber").is(orderNumber)), WorkOrder.COLLECTION).block();
    }
}

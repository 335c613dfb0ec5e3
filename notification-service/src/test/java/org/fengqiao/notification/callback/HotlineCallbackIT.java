package org.fengqiao.notification.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.notification.HotlineReceiver;
import org.fengqiao.notification.HotlineReceiver.Callback;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.notification.PetitionEvents;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class HotlineCallbackIT {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    private final PetitionEvents events = new PetitionEvents();
    private final HotlineReceiver hotline = HotlineReceiver.shared();

    @AfterEach
    void cleanUp() {
        hotline.up();
        events.close();
    }

    @Test
    void everyStatusChangeReachesTheHotlineSignedOnceAndInOrder() {
        WorkOrderReceived order = PetitionEvents.received("ZJ-CB-0001");
        UUID received = UUID.randomUUID();
        UUID assigned = UUID.randomUUID();
        UUID replied = UUID.randomUUID();
        events.publish(order, received);
        events.publishChange("work-order.assigned", order, "assigned", DemoDivisions.FENGQIAO, assigned);
        events.publishChange("work-order.assigned", order, "assigned", DemoDivisions.FENGQIAO, assigned);
        events.publishChange("work-order.replied", order, "replied", DemoDivisions.FENGQIAO, replied);

        await().atMost(LONG).until(() -> hotline.acceptedFor("ZJ-CB-0001").size() == 3);
        List<Callback> callbacks = hotline.acceptedFor("ZJ-CB-0001");
        assertThat(callbacks).extracting(Callback::idempotencyKey)
                .containsExactly(received.toString(), assigned.toString(), replied.toString());
        assertThat(callbacks).extracting(callback -> callback.json().get("state").asString())
                .containsExactly("received", "assigned", "replied");
        JsonNode first = callbacks.get(0).json();
        assertThat(first.get("eventType").asString()).isEqualTo("work-order.received");
        assertThat(first.get("workOrderId").asString()).isEqualTo(order.workOrderId());
        assertThat(first.get("payload").get("callerPhone").asString()).isEqualTo(order.callerPhone());
        assertThat(callbacks.get(1).json().get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(callbacks).allSatisfy(callback ->
                assertThat(CallbackSignature.sign(HotlineReceiver.SIGNING_KEY, Long.parseLong(callback.timestamp()),
                        callback.body())).isEqualTo(callback.signature()));
        assertThat(hotline.badSignatures()).isEmpty();
        JsonNode log = deliveries("?channel=webhook&orderNumber=ZJ-CB-0001");
        assertThat(log.get("total").asLong()).isEqualTo(3);
        for (JsonNode delivery : log.get("items")) {
            assertThat(delivery.get("status").asString()).isEqualTo("sent");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("caseType").asString()).isEqualTo("work-order");
            assertThat(delivery.get("caseId").asString()).isEqualTo(order.workOrderId());
            assertThat(delivery.get("caseNumber").asString()).isEqualTo("ZJ-CB-0001");
        }
        assertThat(deliveries("?channel=webhook&caseNumber=ZJ-CB-0001").get("total").asLong()).isEqualTo(3);
        assertThat(deliveries("?channel=webhook&workOrderId=" + order.workOrderId()).get("total").asLong()).isEqualTo(3);
        JsonNode assignments = deliveries("?caseId=" + order.workOrderId() + "&eventType=work-order.assigned");
        assertThat(assignments.get("total").asLong()).isEqualTo(1);
        assertThat(assignments.get("items").get(0).get("eventId").asString()).isEqualTo(assigned.toString());
    }

    @Test
    void aHotlineDownForAWhileThenUpReceivesEveryCallbackOnceAndInOrder() {
        WorkOrderReceived order = PetitionEvents.received("ZJ-CB-0002");
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        hotline.down();
        events.publish(order, ids.get(0));
        events.publishChange("work-order.assigned", order, "assigned", DemoDivisions.ZHAOJIA, ids.get(1));
        events.publishChange("work-order.closed", order, "closed", DemoDivisions.ZHAOJIA, ids.get(2));

        // The first keeps failing while the others wait behind it without being tried.
        await().atMost(LONG).untilAsserted(() -> {
            JsonNode items = deliveries("?channel=webhook&orderNumber=ZJ-CB-0002&size=10").get("items");
            assertThat(items).hasSize(3);
            JsonNode head = items.get(2);
            assertThat(head.get("eventId").asString()).isEqualTo(ids.get(0).toString());
            assertThat(head.get("status").asString()).isEqualTo("failed");
            assertThat(head.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(head.get("lastError").asString()).isNotBlank();
            assertThat(items.get(0).get("attempts").asInt()).isZero();
            assertThat(items.get(1).get("attempts").asInt()).isZero();
        });
        String waiting = deliveries("?channel=webhook&orderNumber=ZJ-CB-0002&size=10").get("items").get(0).get("id").asString();
        replay(waiting, TestTokens.countySupervisor()).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        hotline.up();

        await().atMost(LONG).until(() -> hotline.acceptedFor("ZJ-CB-0002").size() == 3);
        assertThat(hotline.acceptedFor("ZJ-CB-0002")).extracting(Callback::idempotencyKey)
                .containsExactly(ids.get(0).toString(), ids.get(1).toString(), ids.get(2).toString());
        await().atMost(LONG).until(() -> "sent".equals(
                deliveries("?channel=webhook&orderNumber=ZJ-CB-0002&size=10").get("items").get(0).get("status").asString()));
    }

    @Test
    void aCallbackRefusedUntilGivenUpIsDeadThenASupervisorReplaysIt() {
        WorkOrderReceived order = PetitionEvents.received("ZJ-CB-0003");
        hotline.answer("ZJ-CB-0003", 500);
        events.publish(order, UUID.randomUUID());
        await().atMost(LONG).until(() -> deliveries("?channel=webhook&orderNumber=ZJ-CB-0003").get("total").asLong() == 1);
        String id = deliveries("?channel=webhook&orderNumber=ZJ-CB-0003").get("items").get(0).get("id").asString();

        await().atMost(LONG).untilAsserted(() -> {
            JsonNode dead = deliveries("?channel=webhook&orderNumber=ZJ-CB-0003&status=dead").get("items");
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).get("attempts").asInt()).isGreaterThan(1);
            assertThat(dead.get(0).get("lastError").asString()).startsWith("HTTP 500");
        });
        assertThat(hotline.acceptedFor("ZJ-CB-0003")).isEmpty();

        hotline.answerNormally("ZJ-CB-0003");
        replay(id, TestTokens.countyDispatcher()).expectStatus().isForbidden();
        replay("callback:no-such-event", TestTokens.countySupervisor()).expectStatus().isNotFound();
        replay(id, TestTokens.countySupervisor()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("pending").jsonPath("$.replays").isEqualTo(1);

        await().atMost(LONG).until(() -> hotline.acceptedFor("ZJ-CB-0003").size() == 1);
        await().atMost(LONG).until(() ->
                deliveries("?channel=webhook&orderNumber=ZJ-CB-0003&status=sent").get("total").asLong() == 1);
    }

    @Test
    void aCallbackTheHotlineRejectsAsInvalidIsDeadAtOnce() {
        WorkOrderReceived order = PetitionEvents.received("ZJ-CB-0004");
        hotline.answer("ZJ-CB-0004", 422);
        events.publish(order, UUID.randomUUID());

        await().atMost(LONG).untilAsserted(() -> {
            JsonNode dead = deliveries("?channel=webhook&orderNumber=ZJ-CB-0004&status=dead").get("items");
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).get("attempts").asInt()).isEqualTo(1);
            assertThat(dead.get(0).get("lastError").asString()).startsWith("HTTP 422");
        });
    }

    @Test
    void theDeliveryLogIsForSupervisorsAndAdminsWithinTheirJurisdiction() {
        WorkOrderReceived order = PetitionEvents.received("ZJ-CB-0005");
        events.publish(order, UUID.randomUUID());
        await().atMost(LONG).until(() -> deliveries("?channel=webhook&orderNumber=ZJ-CB-0005").get("total").asLong() == 1);

        String townshipSupervisor = TestTokens.token("fengqiao-supervisor", "枫桥镇督办员", DemoDivisions.FENGQIAO,
                Role.SUPERVISOR);
        web.get().uri("/api/notifications/deliveries?channel=webhook&orderNumber=ZJ-CB-0005")
                .headers(h -> h.setBearerAuth(townshipSupervisor)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        web.get().uri("/api/notifications/deliveries?channel=webhook&orderNumber=ZJ-CB-0005")
                .headers(h -> h.setBearerAuth(TestTokens.countyAdmin())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
        web.get().uri("/api/notifications/deliveries").headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/notifications/deliveries").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/notifications/deliveries?status=lost")
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("lost"));
        web.get().uri("/api/notifications/deliveries?caseType=lawsuit")
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("lawsuit"));
        web.get().uri("/api/notifications/deliveries?caseNumber=ZJ-CB-0005&orderNumber=ZJ-CB-0001")
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/notifications/deliveries?size=1000")
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec replay(String id, String token) {
        return web.post().uri("/api/notifications/callbacks/{id}/replay", id).headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    private JsonNode deliveries(String query) {
        return web.get().uri("/api/notifications/deliveries" + query)
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}

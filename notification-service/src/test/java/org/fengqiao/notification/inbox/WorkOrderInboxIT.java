package org.fengqiao.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class WorkOrderInboxIT {

    private static final EventJson JSON = EventJson.standard();

    @Autowired
    WebTestClient web;

    private final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();

    @AfterEach
    void closePublisher() {
        publisher.close();
    }

    @Test
    void theGoldenSampleOfWorkOrderReceivedIsReadable() {
        WorkOrderReceived sample = GoldenSamples.read(JSON, WorkOrderReceived.class);

        assertThat(sample.orderNumber()).isNotBlank();
        assertThat(sample.jurisdiction()).isEqualTo(DemoDivisions.COUNTY);
    }

    @Test
    void aWorkOrderDeliveredTwiceMakesOneUnreadItemForTheCountyDispatchers() {
        WorkOrderReceived order = orderNumbered("ZJ-INBOX-0001");
        UUID eventId = UUID.randomUUID();
        publish(order, eventId);
        publish(order, eventId);
        WorkOrderReceived later = orderNumbered("ZJ-INBOX-0002");
        publish(later, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> itemsFor(TestTokens.countyDispatcher(), later.workOrderId()) == 1);
        assertThat(itemsFor(TestTokens.countyDispatcher(), order.workOrderId())).isEqualTo(1);
        JsonNode inbox = inbox(TestTokens.countyDispatcher());
        JsonNode item = itemOf(inbox, order.workOrderId());
        assertThat(item.get("title").asString()).isEqualTo("新工单待派单：ZJ-INBOX-0001");
        assertThat(item.get("link").asString()).isEqualTo("/api/work-orders/" + order.workOrderId());
        assertThat(item.get("read").asBoolean()).isFalse();
        assertThat(inbox.get("unread").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anItemMarkedReadStaysReadAndOtherUnitsNeverSeeIt() {
        WorkOrderReceived order = orderNumbered("ZJ-INBOX-0003");
        publish(order, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsFor(TestTokens.countyDispatcher(), order.workOrderId()) == 1);
        long unreadBefore = inbox(TestTokens.countyDispatcher()).get("unread").asLong();
        String itemId = itemOf(inbox(TestTokens.countyDispatcher()), order.workOrderId()).get("id").asString();

        web.post().uri("/api/inbox/{id}/read", itemId).headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO)))
                .exchange().expectStatus().isNotFound();
        web.post().uri("/api/inbox/{id}/read", itemId).headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.read").isEqualTo(true);

        assertThat(inbox(TestTokens.countyDispatcher()).get("unread").asLong()).isEqualTo(unreadBefore - 1);
        assertThat(itemsFor(TestTokens.handlerOf(DemoDivisions.FENGQIAO), order.workOrderId())).isZero();
        assertThat(itemsFor(TestTokens.countyLeader(), order.workOrderId())).isZero();
    }

    @Test
    void theInboxNeedsAToken() {
        web.get().uri("/api/inbox").exchange().expectStatus().isUnauthorized();
    }

    private static WorkOrderReceived orderNumbered(String orderNumber) {
        WorkOrderReceived sample = GoldenSamples.read(JSON, WorkOrderReceived.class);
        return new WorkOrderReceived(UUID.randomUUID().toString().replace("-", "").substring(0, 24), orderNumber,
                sample.callerName(), sample.callerPhone(), sample.content(), sample.category(), sample.urgency(),
                sample.address(), sample.jurisdiction(), Instant.now());
    }

    private void publish(WorkOrderReceived order, UUID eventId) {
        publisher.publish(order, order.workOrderId(), order.jurisdiction(), eventId);
    }

    private JsonNode inbox(String token) {
        return web.get().uri("/api/inbox?size=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long itemsFor(String token, String workOrderId) {
        JsonNode items = inbox(token).get("items");
        long count = 0;
        for (JsonNode item : items) {
            if (workOrderId.equals(item.get("caseId").asString())) {
                count++;
            }
        }
        return count;
    }

    private static JsonNode itemOf(JsonNode inbox, String workOrderId) {
        for (JsonNode item : inbox.get("items")) {
            if (workOrderId.equals(item.get("caseId").asString())) {
                return item;
            }
        }
        throw new AssertionError("no inbox item for " + workOrderId + " in " + inbox);
    }
}

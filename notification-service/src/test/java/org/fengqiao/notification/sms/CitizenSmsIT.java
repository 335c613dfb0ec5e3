package org.fengqiao.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.notification.PetitionEvents;
import org.fengqiao.notification.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class CitizenSmsIT {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    private final PetitionEvents events = new PetitionEvents();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void aWorkOrderDeliveredTwiceTextsTheCallerOnceAndTheCloseIsTextedToo() {
        WorkOrderReceived order = PetitionEvents.received("ZJ-SMS-0001", "normal", "13900000001");
        UUID eventId = UUID.randomUUID();
        events.publish(order, eventId);
        events.publish(order, eventId);
        // Same key, so same partition: once the close is texted, both copies of the receipt were handled.
        events.publishChange("work-order.closed", order, "closed", DemoDivisions.FENGQIAO, UUID.randomUUID());

        await().atMost(LONG).until(() -> messagesTo("13900000001").size() == 2);
        JsonNode messages = messagesTo("13900000001");
        assertThat(messages.get(1).get("text").asString())
                .isEqualTo("【枫桥信访】" + order.callerName() + "您好，您反映的诉求已受理（工单号ZJ-SMS-0001），我们将在规定时限内办理并答复您。");
        assertThat(messages.get(0).get("text").asString()).contains("ZJ-SMS-0001").contains("已办结");

        JsonNode log = deliveries("?orderNumber=ZJ-SMS-0001&channel=sms");
        assertThat(log.get("total").asLong()).isEqualTo(2);
        JsonNode acceptance = log.get("items").get(1);
        assertThat(acceptance.get("template").asString()).isEqualTo("sms.work-order.accepted");
        assertThat(acceptance.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(acceptance.get("content").asString()).isEqualTo(messages.get(1).get("text").asString());
        assertThat(acceptance.get("recipient").asString()).isEqualTo("139****0001");
        await().atMost(LONG).until(() -> "sent".equals(
                deliveries("?orderNumber=ZJ-SMS-0001&channel=sms").get("items").get(1).get("status").asString()));
    }

    @Test
    void aNoticeInQuietHoursWaitsUntilEightUnlessTheMatterIsUrgent() {
        Instant lateEvening = TestClock.shared().advanceTo(LocalTime.of(23, 0));
        WorkOrderReceived normal = PetitionEvents.received("ZJ-SMS-0002", "normal", "13900000002");
        WorkOrderReceived emergency = PetitionEvents.received("ZJ-SMS-0003", "emergency", "13900000003");
        events.publish(normal, UUID.randomUUID());
        events.publish(emergency, UUID.randomUUID());

        await().atMost(LONG).until(() -> messagesTo("13900000003").size() == 1);
        await().atMost(LONG).until(() -> deliveries("?orderNumber=ZJ-SMS-0002&channel=sms").get("total").asLong() == 1);
        JsonNode deferred = deliveries("?orderNumber=ZJ-SMS-0002&channel=sms").get("items").get(0);
        assertThat(deferred.get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(deferred.get("nextAttemptAt").asString()))
                .isEqualTo(lateEvening.atZone(TestClock.SHANGHAI).plusDays(1).with(LocalTime.of(8, 0)).toInstant());
        assertThat(messagesTo("13900000002")).isEmpty();

        TestClock.shared().advanceTo(LocalTime.of(8, 0, 1));
        await().atMost(LONG).until(() -> messagesTo("13900000002").size() == 1);
        assertThat(messagesTo("13900000002").get(0).get("text").asString()).contains("ZJ-SMS-0002");
    }

    @Test
    void onlyAdministratorsReadTheSimulator() {
        web.get().uri("/api/notifications/sms-simulator/messages").headers(h -> h.setBearerAuth(TestTokens.countySupervisor()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/notifications/sms-simulator/messages").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/notifications/sms-simulator/messages?size=0").headers(h -> h.setBearerAuth(TestTokens.countyAdmin()))
                .exchange().expectStatus().isBadRequest();
    }

    private JsonNode messagesTo(String phone) {
        return web.get().uri("/api/notifications/sms-simulator/messages?to={to}", phone)
                .headers(h -> h.setBearerAuth(TestTokens.countyAdmin())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode deliveries(String query) {
        return web.get().uri("/api/notifications/deliveries" + query)
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}

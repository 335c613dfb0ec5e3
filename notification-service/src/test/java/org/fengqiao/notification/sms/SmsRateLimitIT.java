package org.fengqiao.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.notification.PetitionEvents;
import org.fengqiao.notification.TestClock;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class SmsRateLimitIT {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final String PHONE = "13900000201";

    @Autowired
    WebTestClient web;

    private final TestEventPublisher events = TestEventPublisher.toSharedBroker();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void textsOverThePerPhoneLimitWaitForTheNextHourAndAreThenSent() {
        Instant nine = TestClock.shared().advanceTo(LocalTime.of(9, 0));
        int total = NotificationIT.SMS_PER_HOUR + 1;
        for (int i = 1; i <= total; i++) {
            ReturnVisitScheduled visit = visit("ZJ-RATE-000" + i);
            events.publish(visit, visit.returnVisitId(), visit.jurisdiction());
        }

        await().atMost(LONG).until(() -> messagesTo(PHONE).size() == NotificationIT.SMS_PER_HOUR);
        await().atMost(LONG).until(() -> postponed().size() == 1);
        JsonNode held = postponed().get(0);
        assertThat(held.get("lastError").asString()).contains("已达每号码短信上限（3 条/60 分钟）");
        assertThat(Instant.parse(held.get("nextAttemptAt").asString())).isEqualTo(nine.plus(Duration.ofHours(1)));
        assertThat(held.get("attempts").asInt()).isZero();
        assertThat(messagesTo(PHONE)).hasSize(NotificationIT.SMS_PER_HOUR);

        TestClock.shared().advanceTo(LocalTime.of(10, 0, 1));
        await().atMost(LONG).until(() -> messagesTo(PHONE).size() == total);
        assertThat(messagesTo(PHONE).get(0).get("text").asString()).contains(held.get("caseNumber").asString());
    }

    private JsonNode postponedLog() {
        return web.get().uri("/api/notifications/deliveries?channel=sms&status=pending&size=100")
                .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<JsonNode> postponed() {
        return postponedLog().get("items").valueStream()
                .filter(item -> item.hasNonNull("caseNumber") && item.get("caseNumber").asString().startsWith("ZJ-RATE-")
                        && item.hasNonNull("lastError"))
                .toList();
    }

    private static ReturnVisitScheduled visit(String caseNumber) {
        ReturnVisitScheduled sample = GoldenSamples.read(PetitionEvents.JSON, ReturnVisitScheduled.class);
        String caseId = UUID.randomUUID().toString();
        return new ReturnVisitScheduled("wo-" + caseId, "work-order", caseId, caseNumber, sample.jurisdiction(),
                sample.citizenName(), PHONE, sample.ratingUrl(), sample.ratingExpiresAt(), sample.dueAt(), Instant.now());
    }

    private JsonNode messagesTo(String phone) {
        return web.get().uri("/api/notifications/sms-simulator/messages?to={to}", phone)
                .headers(h -> h.setBearerAuth(TestTokens.countyAdmin())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}

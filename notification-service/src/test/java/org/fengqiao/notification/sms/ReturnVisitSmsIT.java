package org.fengqiao.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

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
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class ReturnVisitSmsIT {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoOperations mongo;

    @Autowired
    SmsProperties smsProperties;

    private final TestEventPublisher events = TestEventPublisher.toSharedBroker();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void aScheduledReturnVisitDeliveredTwiceTextsTheRatingLinkOnceAndNoneWithoutAPhone() {
        String caseId = UUID.randomUUID().toString();
        ReturnVisitScheduled withoutPhone = visit(caseId, "ZJ-RV-0001", null);
        ReturnVisitScheduled visit = visit(caseId, "ZJ-RV-0002", "13900000101");
        UUID eventId = UUID.randomUUID();
        // One key for all four, so they are handled in this order.
        events.publish(withoutPhone, visit.returnVisitId(), withoutPhone.jurisdiction());
        events.publish(visit, visit.returnVisitId(), visit.jurisdiction(), eventId);
        events.publish(visit, visit.returnVisitId(), visit.jurisdiction(), eventId);
        // A later visit of the same phone: once it is texted, everything before it was handled.
        ReturnVisitScheduled later = new ReturnVisitScheduled("wo-later", "work-order", UUID.randomUUID().toString(),
                "ZJ-RV-0003", visit.jurisdiction(), visit.citizenName(), "13900000101", visit.ratingUrl() + "x",
                visit.ratingExpiresAt(), visit.dueAt(), visit.at());
        events.publish(later, visit.returnVisitId(), visit.jurisdiction());

        await().atMost(LONG).until(() -> messagesTo("13900000101").size() == 2);
        // both may be sent within one millisecond, so find the text by its case number rather than by position
        List<String> texts = StreamSupport.stream(messagesTo("13900000101").spliterator(), false).map(message -> message.get("text").asString())
                .filter(candidate -> candidate.contains("ZJ-RV-0002")).toList();
        assertThat(texts).hasSize(1);
        String text = texts.get(0);
        assertThat(text).isEqualTo("【枫桥信访】王秀英您好，您反映的事项（编号ZJ-RV-0002）已办理，诚邀您对办理情况进行回访评价："
                + visit.ratingUrl() + "（12月7日10:00前有效，仅限本人使用）。感谢您的支持！");

        JsonNode log = deliveries("?orderNumber=ZJ-RV-0002&channel=sms");
        assertThat(log.get("total").asLong()).isEqualTo(1);
        JsonNode delivery = log.get("items").get(0);
        assertThat(delivery.get("template").asString()).isEqualTo("sms.return-visit.rating");
        assertThat(delivery.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(delivery.get("eventType").asString()).isEqualTo("return-visit.scheduled");
        assertThat(delivery.get("content").asString()).isEqualTo(text);
        assertThat(delivery.get("caseType").asString()).isEqualTo("work-order");
        assertThat(delivery.get("caseId").asString()).isEqualTo(visit.caseId());
        assertThat(deliveries("?orderNumber=ZJ-RV-0001").get("total").asLong()).isZero();

        // The simulator keeps what it received in the store: a restarted simulator still shows it.
        SmsSimulator restarted = new SmsSimulator(smsProperties, TestClock.shared(), mongo);
        try {
            assertThat(restarted.messages("13900000101", 10).block(LONG))
                    .extracting(SimulatedSms::text).contains(text);
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void aRatingLinkScheduledAtNightWaitsUntilEight() {
        Instant lateEvening = TestClock.shared().advanceTo(LocalTime.of(22, 30));
        ReturnVisitScheduled visit = visit(UUID.randomUUID().toString(), "ZJ-RV-0004", "13900000104");
        events.publish(visit, visit.returnVisitId(), visit.jurisdiction());

        await().atMost(LONG).until(() -> deliveries("?orderNumber=ZJ-RV-0004&channel=sms").get("total").asLong() == 1);
        JsonNode deferred = deliveries("?orderNumber=ZJ-RV-0004&channel=sms").get("items").get(0);
        assertThat(deferred.get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(deferred.get("nextAttemptAt").asString()))
                .isEqualTo(lateEvening.atZone(TestClock.SHANGHAI).plusDays(1).with(LocalTime.of(8, 0)).toInstant());
        assertThat(messagesTo("13900000104")).isEmpty();
        String deliveryId = deferred.get("id").asString();
        assertThat(isOpen(deliveryId)).isTrue();

        TestClock.shared().advanceTo(LocalTime.of(8, 0, 1));
        await().atMost(LONG).until(() -> messagesTo("13900000104").size() == 1);
        // Sent deliveries leave the dispatcher's work list; the log keeps them.
        await().atMost(LONG).until(() -> !isOpen(deliveryId));
        assertThat(deliveries("?orderNumber=ZJ-RV-0004&channel=sms").get("items").get(0).get("status").asString())
                .isEqualTo("sent");
    }

    private boolean isOpen(String deliveryId) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("_id").is(deliveryId)), "open_deliveries")
                .block(LONG));
    }

    private static ReturnVisitScheduled visit(String caseId, String caseNumber, String phone) {
        ReturnVisitScheduled sample = GoldenSamples.read(PetitionEvents.JSON, ReturnVisitScheduled.class);
        return new ReturnVisitScheduled("wo-" + caseId + "-" + UUID.randomUUID(), "work-order", caseId, caseNumber,
                sample.jurisdiction(), sample.citizenName(), phone, sample.ratingUrl(), sample.ratingExpiresAt(),
                sample.dueAt(), Instant.now());
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

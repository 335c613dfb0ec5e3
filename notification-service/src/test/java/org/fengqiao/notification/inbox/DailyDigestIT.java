package org.fengqiao.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.notification.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class DailyDigestIT {

    private static final Duration LONG = Duration.ofSeconds(30);
    /** Every work-order event of this test has one key, so they are handled in the order published. */
    private static final String KEY = "digest-" + UUID.randomUUID();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoOperations mongo;

    @Autowired
    DailyDigest digest;

    private final TestEventPublisher events = TestEventPublisher.toSharedBroker();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void atHalfPastEightEachUnitGetsOneDigestOfItsOverdueAndDueSoonCases() {
        Instant eight = TestClock.shared().advanceTo(LocalTime.of(8, 0));
        LocalDate day = eight.atZone(TestClock.SHANGHAI).toLocalDate();
        String replied = dispatch("ZJ-DIGEST-0004", eight.plus(Duration.ofHours(1)));
        events.publish(new WorkOrderReplied(replied, "ZJ-DIGEST-0004", "replied", null, DemoDivisions.COUNTY,
                Instant.now(), "已处理", "handler-dongbaihu"), KEY, DemoDivisions.COUNTY);
        dispatch("ZJ-DIGEST-0001", eight.plus(Duration.ofMinutes(10)));
        dispatch("ZJ-DIGEST-0002", eight.plus(Duration.ofHours(6)));
        String later = dispatch("ZJ-DIGEST-0003", eight.plus(Duration.ofDays(5)));
        String dispute = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        events.publish(new DisputeOpened(dispute, "walk_in", "walk-in:" + dispute, "neighbour", "邻里因排水沟堵塞争执",
                DemoDivisions.SIZHAI, "village", DemoDivisions.SIZHAI, "accepted", 1, List.of("一般纠纷"), 2, null,
                eight.plus(Duration.ofHours(2)), Instant.now()), dispute, DemoDivisions.SIZHAI);
        await().atMost(LONG).until(() -> isOpen("work-order:" + later) && isOpen("dispute:" + dispute));
        assertThat(isOpen("work-order:" + replied)).isFalse();

        TestClock.shared().advanceTo(LocalTime.of(8, 30, 1));
        String township = TestTokens.handlerOf(DemoDivisions.DONGBAIHU);
        await().atMost(LONG).until(() -> digestsOf(township, day).size() == 1);
        digest.run(day).block(LONG);

        List<JsonNode> digests = digestsOf(township, day);
        assertThat(digests).hasSize(1);
        String dayText = DateTimeFormatter.ofPattern("M月d日").format(day);
        assertThat(digests.get(0).get("title").asString()).isEqualTo("每日提醒（" + dayText + "）：已超期 1 件，即将到期 1 件");
        assertThat(digests.get(0).get("body").asString()).isEqualTo(
                "已超期：工单 ZJ-DIGEST-0001（" + dayText + "8:10到期）。\n即将到期：工单 ZJ-DIGEST-0002（" + dayText + "14:00到期）。");
        List<JsonNode> village = digestsOf(TestTokens.mediatorOf(DemoDivisions.SIZHAI), day);
        assertThat(village).hasSize(1);
        assertThat(village.get(0).get("body").asString()).startsWith("即将到期：纠纷：邻里因排水沟堵塞争执（");
        assertThat(digestsOf(TestTokens.handlerOf(DemoDivisions.FENGQIAO), day))
                .noneMatch(item -> item.get("body").asString().contains("ZJ-DIGEST"));
    }

    private String dispatch(String orderNumber, Instant dueAt) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        events.publish(new WorkOrderDispatched(id, orderNumber, "dispatched", DemoDivisions.DONGBAIHU, DemoDivisions.COUNTY,
                Instant.now(), "help", dueAt, null, "county-dispatcher"), KEY, DemoDivisions.COUNTY);
        return id;
    }

    private boolean isOpen(String id) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(where("_id").is(id)), OpenDeadline.class).block(LONG));
    }

    private List<JsonNode> digestsOf(String token, LocalDate day) {
        JsonNode inbox = web.get().uri("/api/inbox?size=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String dayText = DateTimeFormatter.ofPattern("M月d日").format(day);
        return inbox.get("items").valueStream()
                .filter(item -> "digest.daily".equals(item.get("kind").asString())
                        && item.get("title").asString().contains("（" + dayText + "）"))
                .toList();
    }
}

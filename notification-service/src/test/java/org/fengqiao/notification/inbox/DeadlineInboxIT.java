package org.fengqiao.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.notification.PetitionEvents;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class DeadlineInboxIT {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Autowired
    WebTestClient web;

    private final PetitionEvents events = new PetitionEvents();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void aBreachedDeadlineAlertsTheHoldingUnitAndTheCountyLeadersOnceAndNoOtherUnit() {
        String caseId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        String breached = deadline(caseId, "ZJ-DL-0001", DemoDivisions.FENGQIAO, null);
        events.publishRaw("deadline.breached", caseId, DemoDivisions.COUNTY, breached, eventId);
        events.publishRaw("deadline.breached", caseId, DemoDivisions.COUNTY, breached, eventId);

        await().atMost(LONG).until(() -> itemsFor(TestTokens.countyLeader(), caseId) == 1);
        await().atMost(LONG).until(() -> itemsFor(TestTokens.handlerOf(DemoDivisions.FENGQIAO), caseId) == 1);
        JsonNode item = itemOf(TestTokens.handlerOf(DemoDivisions.FENGQIAO), caseId);
        assertThat(item.get("title").asString()).isEqualTo("已超期：工单 ZJ-DL-0001");
        assertThat(item.get("kind").asString()).isEqualTo("deadline.breached");
        assertThat(item.get("link").asString()).isEqualTo("/api/work-orders/" + caseId);
        assertThat(itemsFor(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), caseId)).isZero();
        assertThat(itemsFor(TestTokens.countyDispatcher(), caseId)).isZero();
    }

    @Test
    void petitionServicesGoldenDeadlineApproachingRemindsTheHoldingTownship() {
        String sample = GoldenSamples.json(new EventTypeId("deadline.approaching", 1));
        String caseId = UUID.randomUUID().toString();
        events.publishRaw("deadline.approaching", caseId, DemoDivisions.COUNTY,
                sample.replace("6650a1c2e4b0f3a1d2c3b4a5", caseId), UUID.randomUUID());

        await().atMost(LONG).until(() -> itemsFor(TestTokens.handlerOf(DemoDivisions.FENGQIAO), caseId) == 1);
        assertThat(itemOf(TestTokens.handlerOf(DemoDivisions.FENGQIAO), caseId).get("title").asString())
                .isEqualTo("即将到期：工单 ZJ12345-20261122-000173");
    }

    @Test
    void aDeadlineHeldByACountyDepartmentRemindsTheCountyUnit() {
        String caseId = UUID.randomUUID().toString();
        events.publishRaw("deadline.breached", caseId, DemoDivisions.COUNTY,
                deadline(caseId, "ZJ-DL-0009", DemoDivisions.COUNTY + ":zjj", null), UUID.randomUUID());

        await().atMost(LONG).until(() -> itemsFor(TestTokens.countyLeader(), caseId) == 1);
    }

    @Test
    void aReminderGoesToTheAssigneeAloneAndCountsAsPersonalUnread() {
        String caseId = UUID.randomUUID().toString();
        String zhaojiaHandler = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        long personalBefore = unread(zhaojiaHandler).get("personal").asLong();
        events.publishRaw("deadline.approaching", caseId, DemoDivisions.COUNTY,
                deadline(caseId, "ZJ-DL-0002", DemoDivisions.ZHAOJIA, "handler-zhaojia"), UUID.randomUUID());

        await().atMost(LONG).until(() -> itemsFor(zhaojiaHandler, caseId) == 1);
        assertThat(itemOf(zhaojiaHandler, caseId).get("title").asString()).isEqualTo("即将到期：工单 ZJ-DL-0002");
        JsonNode unread = unread(zhaojiaHandler);
        assertThat(unread.get("personal").asLong()).isEqualTo(personalBefore + 1);
        assertThat(unread.get("units").get(0).get("unit").asString()).isEqualTo("handler@" + DemoDivisions.ZHAOJIA);
        // Another user of the same unit does not get the assignee's reminder.
        String colleague = TestTokens.token("handler-zhaojia-2", "赵家镇信访办二", DemoDivisions.ZHAOJIA, Role.HANDLER);
        assertThat(itemsFor(colleague, caseId)).isZero();
    }

    @Test
    void unreadCountsArePerUnitAndFallWhenAnItemIsRead() {
        String caseId = UUID.randomUUID().toString();
        String leader = TestTokens.countyLeader();
        events.publishRaw("deadline.breached", caseId, DemoDivisions.COUNTY,
                deadline(caseId, "ZJ-DL-0003", DemoDivisions.DONGBAIHU, null), UUID.randomUUID());
        await().atMost(LONG).until(() -> itemsFor(leader, caseId) == 1);
        long before = unitUnread(leader, "leader@" + DemoDivisions.COUNTY);

        web.post().uri("/api/inbox/{id}/read", itemOf(leader, caseId).get("id").asString())
                .headers(h -> h.setBearerAuth(leader)).exchange().expectStatus().isOk();

        assertThat(unitUnread(leader, "leader@" + DemoDivisions.COUNTY)).isEqualTo(before - 1);
        web.get().uri("/api/inbox/unread").exchange().expectStatus().isUnauthorized();
    }

    private static String deadline(String caseId, String orderNumber, String holder, String assignee) {
        return """
                {"caseType":"work-order","caseId":"%s","orderNumber":"%s","holder":"%s",%s"dueAt":"2026-11-30T09:00:00Z"}"""
                .formatted(caseId, orderNumber, holder, assignee == null ? "" : "\"assignee\":\"" + assignee + "\",");
    }

    private JsonNode unread(String token) {
        return web.get().uri("/api/inbox/unread").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long unitUnread(String token, String unit) {
        for (JsonNode count : unread(token).get("units")) {
            if (unit.equals(count.get("unit").asString())) {
                return count.get("unread").asLong();
            }
        }
        throw new AssertionError("no unit " + unit);
    }

    private JsonNode inbox(String token) {
        return web.get().uri("/api/inbox?size=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private long itemsFor(String token, String caseId) {
        long count = 0;
        for (JsonNode item : inbox(token).get("items")) {
            if (caseId.equals(item.get("caseId").asString())) {
                count++;
            }
        }
        return count;
    }

    private JsonNode itemOf(String token, String caseId) {
        for (JsonNode item : inbox(token).get("items")) {
            if (caseId.equals(item.get("caseId").asString())) {
                return item;
            }
        }
        throw new AssertionError("no inbox item for " + caseId);
    }
}

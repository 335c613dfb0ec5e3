package org.fengqiao.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeJudicialConfirmationDue;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeRiskOverridden;
import org.fengqiao.events.mediation.v1.DisputeTermOverdue;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderReassigned;
import org.fengqiao.events.petition.v1.WorkOrderReturned;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@NotificationIT
class AssignmentInboxIT {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final String FENGYUAN = DemoDivisions.FENGYUAN;

    @Autowired
    WebTestClient web;

    private final TestEventPublisher events = TestEventPublisher.toSharedBroker();

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void aDispatchedReturnedAndReassignedOrderReachesEachUnitInvolvedOnce() {
        String id = newId();
        Instant due = Instant.parse("2026-11-26T15:59:59.999Z");
        UUID dispatchedId = UUID.randomUUID();
        WorkOrderDispatched dispatched = new WorkOrderDispatched(id, "ZJ-ASSIGN-0001", "dispatched",
                DemoDivisions.ZHAOJIA, DemoDivisions.COUNTY, Instant.now(), "help", due, "请按期办理", "county-dispatcher");
        events.publish(dispatched, id, DemoDivisions.COUNTY, dispatchedId);
        events.publish(dispatched, id, DemoDivisions.COUNTY, dispatchedId);
        events.publish(new WorkOrderReturned(id, "ZJ-ASSIGN-0001", "returned", null, DemoDivisions.COUNTY, Instant.now(),
                DemoDivisions.ZHAOJIA, "枫源村属枫桥镇管辖", "handler-zhaojia"), id, DemoDivisions.COUNTY);
        events.publish(new WorkOrderReassigned(id, "ZJ-ASSIGN-0001", "dispatched", DemoDivisions.FENGQIAO,
                DemoDivisions.COUNTY, Instant.now(), DemoDivisions.ZHAOJIA, due, "改派枫桥镇办理", "county-dispatcher"),
                id, DemoDivisions.COUNTY);

        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        String zhaojia = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        await().atMost(LONG).until(() -> itemsAbout(fengqiao, id).size() == 1);
        assertThat(itemsAbout(fengqiao, id).get(0).get("title").asString()).isEqualTo("改派工单：ZJ-ASSIGN-0001");
        assertThat(itemsAbout(fengqiao, id).get(0).get("body").asString())
                .isEqualTo("工单 ZJ-ASSIGN-0001 改派本单位办理，请签收并于 11月26日 前办结回单。派单说明：改派枫桥镇办理");

        List<JsonNode> zhaojiaItems = itemsAbout(zhaojia, id);
        assertThat(zhaojiaItems).extracting(item -> item.get("title").asString())
                .containsExactlyInAnyOrder("工单已改派：ZJ-ASSIGN-0001", "新派工单：ZJ-ASSIGN-0001");
        assertThat(zhaojiaItems).allMatch(item -> ("/api/work-orders/" + id).equals(item.get("link").asString()));

        List<JsonNode> dispatcherItems = itemsAbout(TestTokens.countyDispatcher(), id);
        assertThat(dispatcherItems).hasSize(1);
        assertThat(dispatcherItems.get(0).get("body").asString()).contains("理由：枫源村属枫桥镇管辖");
        assertThat(itemsAbout(TestTokens.handlerOf(DemoDivisions.DONGBAIHU), id)).isEmpty();
    }

    @Test
    void aDisputeReachesItsMediatorsAndOnEscalationTheTownship() {
        String id = newId();
        events.publish(opened(id, 1), id, FENGYUAN);
        events.publish(new DisputeEscalated(id, FENGYUAN, "village", "township", DemoDivisions.FENGQIAO, "accepted",
                "overdue", "村级调解超过时限，自动上报镇级", 1, Instant.parse("2026-11-25T09:02:14Z"), Instant.now()),
                id, FENGYUAN);

        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        await().atMost(LONG).until(() -> itemsAbout(fengqiao, id).size() == 1);
        assertThat(itemsAbout(fengqiao, id).get(0).get("title").asString()).isEqualTo("纠纷上报待调解（村级上报）");
        assertThat(itemsAbout(fengqiao, id).get(0).get("body").asString())
                .isEqualTo("村级上报纠纷（风险1级），原因：村级调解超过时限，自动上报镇级。请于 11月25日17:02 前开展调解。");
        List<JsonNode> mediator = itemsAbout(TestTokens.mediatorOf(FENGYUAN), id);
        assertThat(mediator).hasSize(1);
        assertThat(mediator.get(0).get("title").asString()).startsWith("新纠纷待调解：");
        assertThat(mediator.get(0).get("link").asString()).isEqualTo("/api/disputes/" + id);
        assertThat(itemsAbout(TestTokens.mediatorOf(DemoDivisions.CHENJIA), id)).isEmpty();
        assertThat(itemsAbout(TestTokens.countyLeader(), id)).isEmpty();
    }

    @Test
    void theClosingJudicialConfirmationWindowRemindsTheVillageThatMediatedTheAgreementOnce() {
        String id = newId();
        UUID eventId = UUID.randomUUID();
        DisputeJudicialConfirmationDue due = new DisputeJudicialConfirmationDue(id, FENGYUAN, "village", FENGYUAN,
                Instant.parse("2026-11-02T02:00:00Z"), Instant.parse("2026-12-02T15:59:59Z"), Instant.now());
        events.publish(due, id, FENGYUAN, eventId);
        events.publish(due, id, FENGYUAN, eventId);
        String marker = newId();
        events.publish(new DisputeJudicialConfirmationDue(marker, FENGYUAN, "village", FENGYUAN,
                Instant.parse("2026-11-02T02:00:00Z"), Instant.parse("2026-12-02T15:59:59Z"), Instant.now()),
                marker, FENGYUAN);

        String mediator = TestTokens.mediatorOf(FENGYUAN);
        await().atMost(LONG).until(() -> itemsAbout(mediator, marker).size() == 1);
        List<JsonNode> items = itemsAbout(mediator, id);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("dispute.judicial-confirmation-due");
        assertThat(items.get(0).get("title").asString()).isEqualTo("调解协议司法确认申请即将截止");
        assertThat(items.get(0).get("body").asString()).isEqualTo("调解协议于 2026年11月2日 达成，申请司法确认的期限至 "
                + "2026年12月2日 届满，尚未登记申请。如当事人需要司法确认，请提醒其在期限内共同向人民法院申请。");
        assertThat(itemsAbout(TestTokens.mediatorOf(DemoDivisions.CHENJIA), id)).isEmpty();
    }

    @Test
    void anOverdueAgreementTermRemindsTheTownshipThatMediatedItOnceEvenWhenDeliveredTwice() {
        String id = newId();
        UUID eventId = UUID.randomUUID();
        DisputeTermOverdue overdue = new DisputeTermOverdue(id, FENGYUAN, "township", DemoDivisions.FENGQIAO, 1,
                "按原界址重新砌墙", "村民甲", LocalDate.parse("2026-12-22"), Instant.now());
        events.publish(overdue, id, FENGYUAN, eventId);
        events.publish(overdue, id, FENGYUAN, eventId);
        String marker = newId();
        events.publish(new DisputeTermOverdue(marker, FENGYUAN, "township", DemoDivisions.FENGQIAO, 2, "赔偿 500 元",
                "村民乙", LocalDate.parse("2026-12-22"), Instant.now()), id, FENGYUAN);

        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        await().atMost(LONG).until(() -> itemsAbout(fengqiao, marker).size() == 1);
        List<JsonNode> items = itemsAbout(fengqiao, id);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("dispute.term-overdue");
        assertThat(items.get(0).get("title").asString()).isEqualTo("调解协议逾期未履行（第 1 项）");
        assertThat(items.get(0).get("body").asString()).isEqualTo("调解协议第 1 项「按原界址重新砌墙」应由村民甲于 "
                + "2026年12月22日 前履行，至今未登记履行。请督促履行，已履行的登记履行，确未履行的登记不履行后重新调解。");
        assertThat(items.get(0).get("link").asString()).isEqualTo("/api/disputes/" + id);
        assertThat(itemsAbout(TestTokens.mediatorOf(FENGYUAN), id)).isEmpty();
        assertThat(itemsAbout(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), id)).isEmpty();
    }

    @Test
    void aGradeFourDisputeAndAnOverrideToThreeAlertTheCountyLeadersByInboxAndSms() {
        String major = newId();
        events.publish(opened(major, 4), major, FENGYUAN);
        String raised = newId();
        events.publish(opened(raised, 1), raised, FENGYUAN);
        events.publish(override(raised, 2), raised, FENGYUAN);
        events.publish(override(raised, 3), raised, FENGYUAN);

        String leader = TestTokens.countyLeader();
        await().atMost(LONG).until(() -> itemsAbout(leader, raised).size() == 1 && itemsAbout(leader, major).size() == 1);
        JsonNode alert = itemsAbout(leader, major).get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("leader.alert");
        assertThat(alert.get("title").asString()).isEqualTo("重大风险纠纷（4级）：两户村民因宅基地边界争吵");
        assertThat(itemsAbout(leader, raised).get(0).get("title").asString()).isEqualTo("纠纷风险调整为3级");

        await().atMost(LONG).until(() -> smsTo(NotificationIT.LEADER_PHONE).stream()
                .anyMatch(text -> text.contains("纠纷风险等级由1级调整为3级")));
        assertThat(smsTo(NotificationIT.LEADER_PHONE)).anyMatch(text -> text.startsWith("【枫桥信访】领导预警：")
                && text.contains("受理4级风险纠纷"));
        assertThat(smsTo(NotificationIT.LEADER_PHONE)).noneMatch(text -> text.contains("调整为2级"));
        assertThat(itemsAbout(TestTokens.handlerOf(DemoDivisions.FENGQIAO), major)).isEmpty();
    }

    @Test
    void aBadPageIsAProblem() {
        web.get().uri("/api/inbox?size=0").headers(h -> h.setBearerAuth(TestTokens.countyLeader())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static DisputeOpened opened(String id, int grade) {
        return new DisputeOpened(id, "grid_report", "field-report:" + id, "land", "两户村民因宅基地边界争吵", FENGYUAN,
                "village", FENGYUAN, "accepted", grade, List.of("涉及宅基地权属"), 2, null,
                Instant.parse("2026-11-22T09:02:14Z"), Instant.now());
    }

    private static DisputeRiskOverridden override(String id, int grade) {
        return new DisputeRiskOverridden(id, FENGYUAN, "village", "accepted", 1, grade, "一方扬言上访", "mediator-fengyuan",
                Instant.now());
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private List<JsonNode> itemsAbout(String token, String caseId) {
        JsonNode inbox = web.get().uri("/api/inbox?size=100").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return inbox.get("items").valueStream().filter(item -> caseId.equals(item.get("caseId").asString())).toList();
    }

    private List<String> smsTo(String phone) {
        JsonNode messages = web.get().uri("/api/notifications/sms-simulator/messages?to={to}", phone)
                .headers(h -> h.setBearerAuth(TestTokens.countyAdmin())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return messages.valueStream().map(message -> message.get("text").asString()).toList();
    }
}

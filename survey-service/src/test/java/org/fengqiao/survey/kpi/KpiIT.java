package org.fengqiao.survey.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeReopened;
import org.fengqiao.events.petition.v1.DeadlineBreached;
import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionClosed;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionReopened;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionReviewRequested;
import org.fengqiao.events.petition.v1.PetitionSuspended;
import org.fengqiao.events.petition.v1.WorkOrderClosed;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderExtensionDecided;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The KPIs of a hand-computed data set, published as the other services would publish it. The data live in a county
 * of their own (330682, not the demo county), so the other ITs' events do not change these numbers.
 */
@SurveyIT
class KpiIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String COUNTY = "330682";
    private static final String TOWN_A = "330682101";
    private static final String TOWN_B = "330682102";
    private static final String VILLAGE_A1 = "330682101201";
    private static final String VILLAGE_B1 = "330682102201";
    private static boolean published;

    @Autowired
    WebTestClient web;

    private final String leader = TestTokens.token("leader-330682", "测试县领导", COUNTY, Role.LEADER);

    @BeforeEach
    void publishTheDataSetOnce() {
        if (published) {
            return;
        }
        try (TestEventPublisher events = TestEventPublisher.toSharedBroker()) {
            // Petitions. P1 collective, first, accepted, replied and closed on time; P2 skip-level, first, accepted
            // late, 复查 requested, then closed on time; P3 a repeat, not accepted (on time); P4 collective and
            // skip-level, first, accepted on time, replied and closed late; P5 first, undecided; P6 (collective) and
            // P7 (skip-level, repeat) November 2025; P8 October 2026.
            registered(events, "kpi-p-1", VILLAGE_A1, "2026-11-02T09:00", true, false, false);
            accepted(events, "kpi-p-1", VILLAGE_A1, "2026-11-05T09:00", true);
            petitionReplied(events, "kpi-p-1", VILLAGE_A1, "2026-11-20T09:00", true);
            petitionClosed(events, "kpi-p-1", VILLAGE_A1, "2026-11-25T09:00", true);
            registered(events, "kpi-p-2", TOWN_A, "2026-11-03T09:00", false, true, false);
            accepted(events, "kpi-p-2", TOWN_A, "2026-11-20T09:00", false);
            petitionReplied(events, "kpi-p-2", TOWN_A, "2026-11-28T09:00", true);
            events.publish(new PetitionReviewRequested("kpi-p-2", "XF-kpi-p-2", "review_requested", COUNTY, TOWN_A,
                    at("2026-11-30T09:00"), "不服答复", COUNTY, at("2026-12-30T09:00"), "petitioner"), "kpi-p-2", TOWN_A);
            petitionClosed(events, "kpi-p-2", TOWN_A, "2026-12-20T09:00", true);
            registered(events, "kpi-p-3", VILLAGE_B1, "2026-11-04T09:00", false, false, true);
            events.publish(new PetitionNotAccepted("kpi-p-3", "XF-kpi-p-3", "not_accepted", null, VILLAGE_B1,
                    at("2026-11-06T09:00"), "in_process", "正在办理期限内", at("2026-11-19T09:00"), true, "李四", null,
                    "county-dispatcher"), "kpi-p-3", VILLAGE_B1);
            registered(events, "kpi-p-4", TOWN_B, "2026-11-10T09:00", true, true, false);
            accepted(events, "kpi-p-4", TOWN_B, "2026-11-12T09:00", true);
            petitionReplied(events, "kpi-p-4", TOWN_B, "2026-11-29T09:00", false);
            petitionClosed(events, "kpi-p-4", TOWN_B, "2026-11-30T09:00", false);
            registered(events, "kpi-p-5", VILLAGE_A1, "2026-11-20T09:00", false, false, false);
            registered(events, "kpi-p-6", VILLAGE_A1, "2025-11-05T09:00", true, false, false);
            registered(events, "kpi-p-7", TOWN_B, "2025-11-08T09:00", false, true, true);
            registered(events, "kpi-p-8", VILLAGE_A1, "2026-10-15T09:00", false, false, false);
            // Backlog (积案), registered before the periods asked about so the counts above do not move: P9 accepted
            // 5 August (reply due 4 October), never replied; P10 accepted 12 August (due 11 October), given time on
            // 1 October to 10 November, replied late on 15 November; P11 replied 20 August, reopened (重办) on
            // 10 September with a fresh deadline of 9 November, not replied again; P12 suspended (clock stopped) on
            // 1 August, long after its deadline would have passed; P13 (township B) accepted 2 September 2025 (due
            // 1 November 2025), replied 10 December 2025.
            registered(events, "kpi-p-9", VILLAGE_A1, "2026-08-03T09:00", false, false, false);
            accepted(events, "kpi-p-9", VILLAGE_A1, "2026-08-05T09:00", true);
            registered(events, "kpi-p-10", TOWN_B, "2026-08-10T09:00", false, false, false);
            accepted(events, "kpi-p-10", TOWN_B, "2026-08-12T09:00", true);
            events.publish(new PetitionExtensionDecided("kpi-p-10", "XF-kpi-p-10", "assigned", TOWN_B, TOWN_B,
                    at("2026-10-01T09:00"), true, 30, null, at("2026-10-11T09:00"), endOf("2026-11-10"), "李四", null,
                    "county-supervisor"), "kpi-p-10", TOWN_B);
            petitionReplied(events, "kpi-p-10", TOWN_B, "2026-11-15T09:00", false);
            registered(events, "kpi-p-11", VILLAGE_B1, "2026-07-01T09:00", false, false, false);
            accepted(events, "kpi-p-11", VILLAGE_B1, "2026-07-02T09:00", true);
            petitionReplied(events, "kpi-p-11", VILLAGE_B1, "2026-08-20T09:00", true);
            events.publish(new PetitionReopened("kpi-p-11", "XF-kpi-p-11", "reopened", TOWN_B, VILLAGE_B1,
                    at("2026-09-10T09:00"), "petition:kpi-p-11:1", "回访不满意（实质性）：问题没解决",
                    endOf("2026-11-09"), "survey-service"), "kpi-p-11", VILLAGE_B1);
            registered(events, "kpi-p-12", TOWN_A, "2026-07-05T09:00", false, false, false);
            accepted(events, "kpi-p-12", TOWN_A, "2026-07-06T09:00", true);
            events.publish(new PetitionSuspended("kpi-p-12", "XF-kpi-p-12", "suspended", TOWN_A, TOWN_A,
                    at("2026-08-01T09:00"), "等待司法鉴定", at("2026-09-04T09:00"), "handler"), "kpi-p-12", TOWN_A);
            registered(events, "kpi-p-13", TOWN_B, "2025-09-01T09:00", false, false, false);
            accepted(events, "kpi-p-13", TOWN_B, "2025-09-02T09:00", true);
            petitionReplied(events, "kpi-p-13", TOWN_B, "2025-12-10T09:00", false);

            // Work orders. WO1 on time (its reply delivered twice), WO2 late and breached, WO3 on time after an
            // approved extension, WO4 breached and never replied, WO5 not yet due, WO6 November 2025, WO7 October
            // 2026 (in Q4, not in November), WO8 on time.
            workOrder(events, "kpi-wo-1", "2026-11-02T09:00", TOWN_A, "2026-11-05");
            UUID reply = UUID.randomUUID();
            WorkOrderReplied replied = replied("kpi-wo-1", "2026-11-04T10:00");
            events.publish(replied, "kpi-wo-1", COUNTY, reply);
            events.publish(replied, "kpi-wo-1", COUNTY, reply);
            events.publish(new WorkOrderClosed("kpi-wo-1", "KPI-1", "closed", null, COUNTY, at("2026-11-06T09:00"),
                    null, "county-dispatcher"), "kpi-wo-1", COUNTY);

            workOrder(events, "kpi-wo-2", "2026-11-03T09:00", TOWN_A, "2026-11-06");
            events.publish(new DeadlineBreached("kpi-wo-2", "work-order", "KPI-2", "reply", COUNTY, TOWN_A,
                    endOf("2026-11-06"), at("2026-11-07T01:00")), "kpi-wo-2", COUNTY);
            events.publish(replied("kpi-wo-2", "2026-11-09T10:00"), "kpi-wo-2", COUNTY);

            workOrder(events, "kpi-wo-3", "2026-11-10T09:00", TOWN_B, "2026-11-13");
            events.publish(new WorkOrderExtensionDecided("kpi-wo-3", "KPI-3", "handling", TOWN_B, COUNTY,
                    at("2026-11-12T09:00"), true, 5, null, endOf("2026-11-13"), endOf("2026-11-20"),
                    "county-dispatcher"), "kpi-wo-3", COUNTY);
            events.publish(replied("kpi-wo-3", "2026-11-18T10:00"), "kpi-wo-3", COUNTY);

            workOrder(events, "kpi-wo-4", "2026-11-20T09:00", TOWN_B, "2026-11-25");
            events.publish(new DeadlineBreached("kpi-wo-4", "work-order", "KPI-4", "reply", COUNTY, TOWN_B,
                    endOf("2026-11-25"), at("2026-11-26T01:00")), "kpi-wo-4", COUNTY);

            workOrder(events, "kpi-wo-5", "2026-11-28T09:00", TOWN_A, "2026-12-03");

            workOrder(events, "kpi-wo-6", "2025-11-15T09:00", TOWN_A, "2025-11-18");
            events.publish(replied("kpi-wo-6", "2025-11-17T10:00"), "kpi-wo-6", COUNTY);

            workOrder(events, "kpi-wo-7", "2026-10-30T09:00", TOWN_B, "2026-11-04");
            events.publish(replied("kpi-wo-7", "2026-11-02T10:00"), "kpi-wo-7", COUNTY);

            workOrder(events, "kpi-wo-8", "2026-11-05T09:00", TOWN_A, "2026-11-10");
            events.publish(replied("kpi-wo-8", "2026-11-06T10:00"), "kpi-wo-8", COUNTY);

            // Disputes: D1 agreement, D2 failed, D3 agreement, D4 diverted, D5 opened in October and settled in
            // November, D6 November 2025, D7 agreement then reopened (a term not performed): in mediation again.
            opened(events, "kpi-d-1", VILLAGE_A1, "2026-11-01T09:00");
            concluded(events, "kpi-d-1", VILLAGE_A1, "agreement", "2026-11-05T09:00");
            opened(events, "kpi-d-2", VILLAGE_A1, "2026-11-02T09:00");
            concluded(events, "kpi-d-2", VILLAGE_A1, "failed", "2026-11-20T09:00");
            opened(events, "kpi-d-3", VILLAGE_B1, "2026-11-03T09:00");
            concluded(events, "kpi-d-3", VILLAGE_B1, "agreement", "2026-11-10T09:00");
            opened(events, "kpi-d-4", VILLAGE_B1, "2026-11-04T09:00");
            events.publish(new DisputeDiverted("kpi-d-4", VILLAGE_B1, "village", VILLAGE_B1, "litigation", "已起诉",
                    "land", "土地纠纷", null, "村东", List.of(), 2, 1, at("2026-11-06T09:00")), "kpi-d-4", VILLAGE_B1);
            opened(events, "kpi-d-5", VILLAGE_A1, "2026-10-25T09:00");
            concluded(events, "kpi-d-5", VILLAGE_A1, "agreement", "2026-11-02T09:00");
            opened(events, "kpi-d-6", VILLAGE_A1, "2025-11-10T09:00");
            concluded(events, "kpi-d-6", VILLAGE_A1, "agreement", "2025-11-12T09:00");
            opened(events, "kpi-d-7", VILLAGE_A1, "2026-11-06T09:00");
            concluded(events, "kpi-d-7", VILLAGE_A1, "agreement", "2026-11-08T09:00");
            events.publish(new DisputeReopened("kpi-d-7", VILLAGE_A1, "village", VILLAGE_A1, "mediating", "breach",
                    "赔偿款未付", "term:1", 1, 1, at("2026-11-20T09:00"), at("2026-11-15T09:00")), "kpi-d-7", VILLAGE_A1);

            // Return visits: V1-V3 in township A (满意, 基本满意, 不满意), V4 not reached and V5 满意 in township B,
            // V6 October 2026, V7 November 2025, V8 满意 (a work order replied by township A). V1-V7 name no unit.
            visit(events, "kpi-v-1", TOWN_A, true, "satisfied", "2026-11-06T09:00");
            visit(events, "kpi-v-2", TOWN_A, true, "basically_satisfied", "2026-11-07T09:00");
            visit(events, "kpi-v-3", TOWN_A, true, "dissatisfied", "2026-11-08T09:00");
            visit(events, "kpi-v-4", TOWN_B, false, null, "2026-11-09T09:00");
            visit(events, "kpi-v-5", TOWN_B, true, "satisfied", "2026-11-12T09:00");
            visit(events, "kpi-v-6", COUNTY, true, "satisfied", "2026-10-20T09:00");
            visit(events, "kpi-v-7", TOWN_A, true, "satisfied", "2025-11-03T09:00");
            // V8 rates WO1: the order belongs to the county, the visit counts for township A, which replied.
            events.publish(new ReturnVisitCompleted("kpi-v-8", "work-order", "kpi-wo-1", "KPI-1", COUNTY, TOWN_A, true,
                    "satisfied", null, null, at("2026-11-10T09:00"), "surveyor"), "kpi-v-8", COUNTY);
        }
        published = true;
    }

    @Test
    void theCountyAndATownshipMatchTheHandComputedFigures() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertCountyNovember(report(leader, COUNTY, "2026-11")));

        JsonNode town = report(leader, TOWN_A, "2026-11");
        // Petitions of township A (P1 and P5 in village A1, P2 in the township): 3; November 2025: P6 -> +200.0 %.
        assertCount(town.at("/petitions/total"), 3, 1, "200.0");
        // Collective P1 vs P6: 1 and 1 -> 0.0 %; skip-level P2 vs none: no change figure; repeat none at all.
        assertCount(town.at("/petitions/collective"), 1, 1, "0.0");
        assertCount(town.at("/petitions/skipLevel"), 1, 0, null);
        assertCount(town.at("/petitions/repeat"), 0, 0, null);
        // Acceptance: P1 on time, P2 late -> 1 / 2; closed on time: P1, P2 -> 2 / 2; at once: P1 yes, P2 (复查) no.
        assertRate(town.at("/petitions/acceptedOnTime"), 1, 2, "50.0");
        assertRate(town.at("/petitions/closedOnTime"), 2, 2, "100.0");
        assertRate(town.at("/petitions/firstResolvedAtOnce"), 1, 2, "50.0");
        // 积案 in township A: P9 (due 4 October, open); P12 is suspended; a year earlier none (P13 is in township B).
        assertCount(town.at("/petitions/backlog"), 1, 0, null);
        // Received in November: WO1, WO2, WO5, WO8 = 4; November 2025: WO6 = 1; change (4 - 1) / 1 = +300.0 %.
        assertCount(town.at("/workOrders/received"), 4, 1, "300.0");
        // Decided: WO1, WO2, WO8 (WO5 not yet due); on time: WO1, WO8 -> 2 / 3 = 66.7 %.
        assertRate(town.at("/workOrders/onTime"), 2, 3, "66.7");
        assertThat(town.at("/workOrders/overdue").asLong()).isZero();
        // Opened in village A1: D1, D2, D7 = 3; November 2025: D6 = 1 -> +200.0 %.
        assertCount(town.at("/mediation/opened"), 3, 1, "200.0");
        // Ended in November: D1 agreement, D5 agreement, D2 failed (D7 reopened: not ended) -> 2 / 3 = 66.7 %.
        assertRate(town.at("/mediation/success"), 2, 3, "66.7");
        // V1, V2, V3 and V8 (WO1, replied by township A) completed and reached -> 4 / 4 = 100.0 %; November 2025:
        // V7 -> +300.0 %; satisfied V1, V2, V8 = 3 of 4 rated = 75.0 %.
        assertCount(town.at("/returnVisits/completed"), 4, 1, "300.0");
        assertRate(town.at("/returnVisits/reach"), 4, 4, "100.0");
        assertRate(town.at("/returnVisits/satisfaction"), 3, 4, "75.0");
        JsonNode townB = report(leader, TOWN_B, "2026-11");
        // Township B: V4 (not reached) and V5; WO1's visit is not theirs.
        assertCount(townB.at("/returnVisits/completed"), 2, 0, null);
        assertRate(townB.at("/returnVisits/satisfaction"), 1, 1, "100.0");

        JsonNode quarter = report(leader, COUNTY, "2026-Q4");
        // Q4 adds WO7 (30 October): 7 received; Q4 2025: WO6 = 1 -> +600.0 %; on time WO1, WO3, WO7, WO8 = 4 of 6.
        assertThat(quarter.get("from").asString()).isEqualTo("2026-10-01");
        assertThat(quarter.get("to").asString()).isEqualTo("2026-12-31");
        assertCount(quarter.at("/workOrders/received"), 7, 1, "600.0");
        // 积案 at the end of October (1 November 00:00): P9 only (P10's deadline was moved to 10 November, P11's fresh
        // one is 9 November, P12 is suspended); a year earlier P13 was not yet due (1 November 2025, 09:00) -> 0.
        assertCount(report(leader, COUNTY, "2026-10").at("/petitions/backlog"), 1, 0, null);
        assertRate(quarter.at("/workOrders/onTime"), 4, 6, "66.7");
        // Q4 disputes opened: D1-D5, D7 = 6; Q4 2025: D6 = 1 -> +500.0 %.
        assertCount(quarter.at("/mediation/opened"), 6, 1, "500.0");
        // Q4 rated: V1, V2, V3, V5, V6, V8; satisfied all but V3 -> 5 / 6 = 83.3 %.
        assertRate(quarter.at("/returnVisits/satisfaction"), 5, 6, "83.3");
    }

    @Test
    void aFullReplayRebuildsTheSameFigures() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertCountyNovember(report(leader, COUNTY, "2026-11")));
        JsonNode county = report(leader, COUNTY, "2026-11");
        JsonNode town = report(leader, TOWN_B, "2026-11");
        JsonNode year = report(leader, COUNTY, "2026");

        web.post().uri("/api/kpis/rebuild").headers(h -> h.setBearerAuth(leader)).exchange()
                .expectStatus().isForbidden();
        JsonNode rebuilt = web.post().uri("/api/kpis/rebuild").headers(h -> h.setBearerAuth(TestTokens.countyAdmin()))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(rebuilt.get("petitionFacts").asLong()).isGreaterThanOrEqualTo(13);
        // 8 orders, 7 disputes and 7 visits of this data set at least (other ITs add their own).
        assertThat(rebuilt.get("workOrderFacts").asLong()).isGreaterThanOrEqualTo(8);
        assertThat(rebuilt.get("disputeFacts").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(rebuilt.get("returnVisitFacts").asLong()).isGreaterThanOrEqualTo(8);
        // Events of this data set: orders 8 x 2 + WO1 reply twice + close + WO2 2 + WO3 2 + WO4 1 + WO6-WO8 1 each = 27,
        // disputes 7 opened + 6 concluded + 1 reopened + 1 diverted = 15, visits 8, petitions P1 4 + P2 5 + P3 2 +
        // P4 4 + P5-P8 1 each + P9 2 + P10 4 + P11 4 + P12 3 + P13 3 = 35: 85 in all.
        assertThat(rebuilt.get("eventsApplied").asLong()).isGreaterThanOrEqualTo(85);

        assertThat(report(leader, COUNTY, "2026-11")).isEqualTo(county);
        assertThat(report(leader, TOWN_B, "2026-11")).isEqualTo(town);
        assertThat(report(leader, COUNTY, "2026")).isEqualTo(year);
    }

    @Test
    void theCsvExportHasABomChineseHeadersAndTheSameFigures() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertCountyNovember(report(leader, COUNTY, "2026-11")));
        byte[] body = web.get().uri("/api/kpis/export.csv?jurisdiction={j}&period=2026-11", COUNTY)
                .headers(h -> h.setBearerAuth(leader)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectHeader().valueMatches("Content-Disposition", ".*kpis-330682-2026-11\\.csv.*")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("管辖区划,统计期,类别,指标,数值,分子,分母,去年同期,同比变化(%)");
        assertThat(lines).contains(
                "330682,2026-11,信访,信访总量,5,,,2,150.0",
                "330682,2026-11,信访,按期办结率(%),66.7,2,3,,",
                "330682,2026-11,信访,积案数,2,,,1,100.0",
                "330682,2026-11,12345工单,受理工单数,6,,,1,500.0",
                "330682,2026-11,12345工单,按期回单率(%),60.0,3,5,,",
                "330682,2026-11,矛盾纠纷,调成率(%),75.0,3,4,,",
                "330682,2026-11,回访,满意率(%),80.0,4,5,,");
    }

    @Test
    void callersSeeOnlyTheirJurisdictionAndBadQueriesAre400() {
        String handlerA = TestTokens.token("handler-330682101", "测试镇信访办", TOWN_A, Role.HANDLER);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(report(handlerA, null, "2026-11").at("/workOrders/received/value").asLong()).isEqualTo(4));
        assertThat(report(handlerA, null, "2026-11").get("jurisdiction").asString()).isEqualTo(TOWN_A);

        get(handlerA, "/api/kpis?jurisdiction=" + COUNTY + "&period=2026-11").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get(handlerA, "/api/kpis?jurisdiction=" + TOWN_B + "&period=2026-11").expectStatus().isNotFound();
        get(handlerA, "/api/kpis/export.csv?jurisdiction=" + TOWN_B + "&period=2026-11").expectStatus().isNotFound();
        get(TestTokens.countyLeader(), "/api/kpis?jurisdiction=" + COUNTY + "&period=2026-11").expectStatus().isNotFound();
        get(TestTokens.countySurveyor(), "/api/kpis?period=2026-11").expectStatus().isForbidden();
        for (String bad : List.of("/api/kpis", "/api/kpis?period=2026-13", "/api/kpis?period=2026-Q5",
                "/api/kpis?period=26-11", "/api/kpis?period=2026-11&jurisdiction=3306x2",
                "/api/kpis/export.csv?period=november")) {
            get(leader, bad).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    /** County 330682, November 2026; the arithmetic from the data set above. */
    private static void assertCountyNovember(JsonNode county) {
        // Petitions registered: P1-P5 = 5; November 2025: P6, P7 = 2; change (5 - 2) / 2 = +150.0 %.
        assertCount(county.at("/petitions/total"), 5, 2, "150.0");
        // Collective P1, P4 = 2 vs P6 = 1 -> +100.0 %; skip-level P2, P4 = 2 vs P7 = 1 -> +100.0 %;
        // repeat P3 = 1 vs P7 = 1 -> 0.0 %.
        assertCount(county.at("/petitions/collective"), 2, 1, "100.0");
        assertCount(county.at("/petitions/skipLevel"), 2, 1, "100.0");
        assertCount(county.at("/petitions/repeat"), 1, 1, "0.0");
        // Acceptance decisions: P1 on time, P2 late, P3 (not accepted) on time, P4 on time -> 3 / 4 = 75.0 %.
        assertRate(county.at("/petitions/acceptedOnTime"), 3, 4, "75.0");
        // Closed: P1 on time, P2 on time, P4 late -> 2 / 3 = 66.7 %.
        assertRate(county.at("/petitions/closedOnTime"), 2, 3, "66.7");
        // First petitions ended: P1 (at once), P2 (复查 requested), P4 (at once) -> 2 / 3 = 66.7 %.
        assertRate(county.at("/petitions/firstResolvedAtOnce"), 2, 3, "66.7");
        // 积案 at the end of November (or now, from 22 November, while it runs): P9 (due 4 October) and P11 (reopened,
        // due 9 November), both open; P10 was replied on 15 November, P12 is suspended, P1-P4 replied -> 2.
        // A year earlier: P13 (due 1 November 2025, replied 10 December 2025) -> 1; change (2 - 1) / 1 = +100.0 %.
        assertCount(county.at("/petitions/backlog"), 2, 1, "100.0");
        // Received: WO1, WO2, WO3, WO4, WO5, WO8 = 6; November 2025: WO6 = 1; change (6 - 1) / 1 = +500.0 %.
        assertCount(county.at("/workOrders/received"), 6, 1, "500.0");
        // Decided = replied or breached: WO1, WO2, WO3, WO4, WO8 = 5; on time: WO1, WO3 (extended), WO8 = 3 -> 60.0 %.
        assertRate(county.at("/workOrders/onTime"), 3, 5, "60.0");
        // Breached and never replied: WO4.
        assertThat(county.at("/workOrders/overdue").asLong()).isEqualTo(1);
        // Opened: D1-D4, D7 = 5; November 2025: D6 = 1 -> +400.0 %.
        assertCount(county.at("/mediation/opened"), 5, 1, "400.0");
        // Ended in November: D1, D3, D5 agreement, D2 failed; D7's agreement was reopened, so it has not ended
        // -> 3 / 4 = 75.0 %; diverted: D4.
        assertRate(county.at("/mediation/success"), 3, 4, "75.0");
        assertThat(county.at("/mediation/diverted").asLong()).isEqualTo(1);
        // Completed: V1-V5, V8 = 6; November 2025: V7 = 1 -> +500.0 %; reached: 5 of 6 = 83.3 %;
        // satisfied (满意 + 基本满意): V1, V2, V5, V8 = 4 of 5 rated = 80.0 %; 不满意: V3.
        assertCount(county.at("/returnVisits/completed"), 6, 1, "500.0");
        assertRate(county.at("/returnVisits/reach"), 5, 6, "83.3");
        assertRate(county.at("/returnVisits/satisfaction"), 4, 5, "80.0");
        assertThat(county.at("/returnVisits/dissatisfied").asLong()).isEqualTo(1);
    }

    private static void assertCount(JsonNode count, long value, long lastYear, String change) {
        assertThat(count.get("value").asLong()).as("value").isEqualTo(value);
        assertThat(count.get("lastYear").asLong()).as("lastYear").isEqualTo(lastYear);
        if (change == null) {
            assertThat(count.get("change") == null || count.get("change").isNull()).as("no change figure").isTrue();
        }
        else {
            assertThat(count.get("change").decimalValue()).as("change").isEqualByComparingTo(change);
        }
    }

    private static void assertRate(JsonNode rate, long numerator, long denominator, String percent) {
        assertThat(rate.get("numerator").asLong()).as("numerator").isEqualTo(numerator);
        assertThat(rate.get("denominator").asLong()).as("denominator").isEqualTo(denominator);
        assertThat(rate.get("percent").decimalValue()).as("percent").isEqualByComparingTo(percent);
    }

    private JsonNode report(String token, String jurisdiction, String period) {
        String uri = "/api/kpis?period=" + period + (jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction);
        return get(token, uri).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(String token, String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static void registered(TestEventPublisher events, String id, String place, String at, boolean collective,
                                   boolean skipLevel, boolean repeat) {
        events.publish(new PetitionRegistered(id, "XF-" + id, "registered", COUNTY, place, at(at), "visit", at(at),
                COUNTY, "land", "demand", "土地补偿", place.length() == 9 ? "township" : "village", collective,
                collective ? 8 : 1, null, skipLevel, repeat, repeat ? "kpi-p-0" : null, !repeat, false, false, 1, "李四",
                null, at(at).plusSeconds(15 * 86_400), null, "county-dispatcher"), id, place);
    }

    private static void accepted(TestEventPublisher events, String id, String place, String at, boolean onTime) {
        events.publish(new PetitionAccepted(id, "XF-" + id, "accepted", COUNTY, place, at(at), at(at), onTime,
                at(at).plusSeconds(60 * 86_400), null, "李四", null, "county-dispatcher"), id, place);
    }

    private static void petitionReplied(TestEventPublisher events, String id, String place, String at, boolean onTime) {
        events.publish(new PetitionReplied(id, "XF-" + id, "replied", place, place, at(at), place, "resolved", "已解决",
                null, at(at), onTime, at(at).plusSeconds(30 * 86_400), "李四", null, "handler"), id, place);
    }

    private static void petitionClosed(TestEventPublisher events, String id, String place, String at, boolean onTime) {
        events.publish(new PetitionClosed(id, "XF-" + id, "closed", null, place, at(at), "resolved", at(at), at(at),
                onTime, null, "county-dispatcher"), id, place);
    }

    private static void workOrder(TestEventPublisher events, String id, String receivedAt, String town, String dueDay) {
        String number = "KPI-" + id.substring(id.lastIndexOf('-') + 1);
        events.publish(new WorkOrderReceived(id, number, "张三", "13800000000", "路灯不亮", "complaint", "normal",
                "村口", COUNTY, at(receivedAt)), id, COUNTY);
        events.publish(new WorkOrderDispatched(id, number, "dispatched", town, COUNTY, at(receivedAt).plusSeconds(600),
                "complaint", endOf(dueDay), null, "county-dispatcher"), id, COUNTY);
    }

    private static WorkOrderReplied replied(String id, String at) {
        return new WorkOrderReplied(id, "KPI-" + id.substring(id.lastIndexOf('-') + 1), "replied", null, COUNTY,
                at(at), "已处理", "handler");
    }

    private static void opened(TestEventPublisher events, String id, String village, String at) {
        events.publish(new DisputeOpened(id, "walk_in", "walk-in:" + id, "neighbour", "邻里纠纷", village, "village",
                village, "accepted", 1, List.of(), 2, null, at(at).plusSeconds(86_400), at(at)), id, village);
    }

    private static void concluded(TestEventPublisher events, String id, String village, String state, String at) {
        events.publish(new DisputeConcluded(id, village, "village", village, state, "village", "调解结束", at(at)),
                id, village);
    }

    private static void visit(TestEventPublisher events, String id, String jurisdiction, boolean reached,
                              String satisfaction, String at) {
        events.publish(new ReturnVisitCompleted(id, "work-order", "wo-" + id, "KPI-" + id, jurisdiction, null, reached,
                satisfaction, "dissatisfied".equals(satisfaction) ? "subjective" : null, null, at(at), "surveyor"),
                id, jurisdiction);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static Instant endOf(String day) {
        return LocalDateTime.parse(day + "T23:59:59.999").atZone(SHANGHAI).toInstant();
    }
}

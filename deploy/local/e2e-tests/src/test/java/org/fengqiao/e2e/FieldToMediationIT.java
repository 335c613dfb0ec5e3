package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.fengqiao.e2e.Actor.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Scenario 3, from the field to a closed case: a grid worker's phone syncs an offline batch twice with a dispute
 * sign; one dispute opens at the village; the village does not act within its clock (shortened for the e2e stack,
 * see {@link E2eStack#VILLAGE_ACT_WITHIN}) and the dispute escalates to the township; the township's session ends in
 * a written agreement with one term due in 30 days. The term goes overdue and the township gets one 逾期未履行
 * reminder in its inbox; the township records the late performance; the county surveyor's return visit (queued by
 * the agreement) reaches the parties, who are 满意, and the dispute is closed (结案). 枫桥镇's and the county's KPIs
 * count the dispute opened, the mediation succeeded, and the visit reached and satisfied.
 *
 * <p>Time: the term falls due 30 days after the agreement, so the county administrator moves mediation-service's
 * clock forward 31 days (drill mode, on the service itself). That clock is the whole service's: every other open
 * dispute of the run would escalate or be reminded too, which is why this class runs last ({@code @Order(7)}),
 * after {@link PetitionDeadlinesIT}, which moves only petition-service's clock (nothing in this scenario reaches
 * petition-service). survey-service's clock is not moved, so the visit and the KPIs count on the real day, and the
 * KPI deltas are exact: no other class runs while this one does.
 */
@E2eStack.Uses
@Order(7)
class FieldToMediationIT {

    private static final String FENGYUAN = "330681101201";
    private static final String FENGQIAO = "330681101";
    private static final String COUNTY = "330681";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private final E2eStack stack = E2eStack.shared();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDisputeSignSyncedTwiceOpensOneDisputeThatEscalatesIsAgreedRemindedPerformedVisitedAndClosed() {
        String period = YearMonth.now(SHANGHAI).toString();
        Actor townshipKpis = stack.actor("handler-fengqiao");
        Actor countyKpis = stack.actor("county-leader");
        JsonNode townshipBefore = kpis(townshipKpis, FENGQIAO, period);
        JsonNode countyBefore = kpis(countyKpis, COUNTY, period);

        Actor worker = stack.actor("gridworker-fengyuan");
        String batch = """
                {"reports":[%s,%s]}""".formatted(
                report(run + "-sign", "dispute_sign", "两户村民因宅基地界址争吵，情绪激动"),
                report(run + "-info", "information", "村口宣传栏更新"));

        Response first = worker.post("/api/field-reports/batch", batch);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).as("gridworker-fengyuan's first sync: " + first).isEqualTo(2);
        Response again = worker.post("/api/field-reports/batch", batch);
        assertThat(again.json().get("duplicates").asInt()).as("gridworker-fengyuan's second sync: " + again)
                .isEqualTo(2);
        String reportId = first.json().get("results").get(0).get("reportId").asString();

        Actor mediator = stack.actor("mediator-fengyuan");
        await("mediator-fengyuan sees the dispute from report " + reportId).atMost(Duration.ofSeconds(60))
                .until(() -> disputesFrom(mediator, reportId).size() == 1);
        JsonNode dispute = disputesFrom(mediator, reportId).get(0);
        String id = dispute.get("id").asString();
        assertThat(dispute.get("tier").asString()).as("mediator-fengyuan: the new dispute's tier").isEqualTo("village");
        assertThat(dispute.get("jurisdiction").asString()).isEqualTo(FENGYUAN);
        assertThat(dispute.get("source").asString()).isEqualTo("grid_report");
        await("gridworker-fengyuan sees the case on the report").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(worker.get("/api/field-reports/" + reportId).json().path("caseReference").asString(""))
                        .contains(id));

        await("the village clock runs out and the dispute reaches the township")
                .atMost(E2eStack.VILLAGE_ACT_WITHIN.plus(Duration.ofSeconds(60)))
                .untilAsserted(() -> assertThat(mediator.get("/api/disputes/" + id).json().get("tier").asString())
                        .isEqualTo("township"));
        Response escalated = mediator.get("/api/disputes/" + id);
        assertThat(escalated.json().get("handlingUnit").asString()).isEqualTo(FENGQIAO);
        assertThat(disputesFrom(mediator, reportId)).as("still one dispute from the report").hasSize(1);
        Response villageActs = mediator.post("/api/disputes/" + id + "/mediation", "");
        assertThat(villageActs.status()).as("the village can no longer act: " + villageActs).isEqualTo(403);

        Actor township = stack.actor("handler-fengqiao");
        // a dispute sign names no party roles: mediation waits until the township has classified the parties
        Response unclassified = township.post("/api/disputes/" + id + "/sessions", """
                {"kind":"peoples","scheduledAt":"%s","place":"枫桥镇调委会","mediators":["枫桥镇调解员"]}"""
                .formatted(Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(unclassified.status()).as(unclassified.toString()).isEqualTo(409);
        Response classified = township.put("/api/disputes/" + id + "/parties", """
                {"parties":[{"name":"村民甲","role":"applicant"},{"name":"村民乙","role":"respondent"}]}""");
        assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
        Response scheduled = township.post("/api/disputes/" + id + "/sessions", """
                {"kind":"peoples","scheduledAt":"%s","place":"枫桥镇调委会","mediators":["枫桥镇调解员"]}"""
                .formatted(Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        Response recorded = township.post("/api/disputes/" + id + "/sessions/1/record", """
                {"heldAt":"%s","attendees":["村民甲","村民乙"],"minutes":"双方陈述，调解员释法说理。",
                 "outcome":"agreement","summary":"双方同意按原界址砌墙",
                 "terms":[{"description":"按原界址重新砌墙","responsibleParty":"村民甲","dueDate":"%s"}]}"""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS),
                        LocalDate.now(SHANGHAI).plusDays(30)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("state").asString()).as("handler-fengqiao: state after the session")
                .isEqualTo("agreement");
        assertThat(recorded.json().get("agreement").get("terms")).hasSize(1);

        Actor surveyor = stack.actor("county-surveyor");
        await("county-surveyor finds the return visit the agreement queued").atMost(ASYNC)
                .until(() -> visitOf(surveyor, id) != null);
        JsonNode visit = visitOf(surveyor, id);
        assertThat(visit.get("state").asString()).as("county-surveyor: the visit before the call").isEqualTo("pending");
        assertThat(visit.get("unit").asString()).as("county-surveyor: who mediated").isEqualTo(FENGQIAO);

        termGoesOverdueAndTheTownshipIsRemindedOnce(township, id);

        Response performed = township.post("/api/disputes/" + id + "/agreement/terms/1/performance",
                "{\"on\":\"%s\"}".formatted(LocalDate.now(SHANGHAI).plusDays(31)));
        assertThat(performed.status()).as(performed.toString()).isEqualTo(200);
        assertThat(performed.json().get("state").asString())
                .as("handler-fengqiao: performed, but the return visit has not ended yet").isEqualTo("agreement");

        String visitId = visit.get("id").asString();
        Response visited = surveyor.post("/api/return-visits/" + visitId + "/outcome",
                "{\"reached\":true,\"satisfaction\":\"satisfied\",\"comment\":\"墙已砌好，双方满意\"}");
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        assertThat(visited.json().get("state").asString()).as("county-surveyor: the visit after the call")
                .isEqualTo("completed");
        Response visitedAgain = surveyor.post("/api/return-visits/" + visitId + "/outcome",
                "{\"reached\":true,\"satisfaction\":\"dissatisfied\",\"dissatisfactionKind\":\"substantive\"}");
        assertThat(visitedAgain.status()).as("county-surveyor records the ended visit again: " + visitedAgain)
                .isEqualTo(409);

        await("handler-fengqiao sees the dispute closed (结案)").atMost(ASYNC).untilAsserted(() ->
                assertThat(township.get("/api/disputes/" + id).json().get("state").asString()).isEqualTo("closed"));
        JsonNode closed = mediator.get("/api/disputes/" + id).json();
        assertThat(closed.get("returnVisit").get("satisfaction").asString()).as("mediator-fengyuan: the visit")
                .isEqualTo("satisfied");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        assertThat(closed.get("timeline").valueStream().map(entry -> entry.get("action").asString()).toList())
                .as("mediator-fengyuan: the dispute's timeline")
                .containsSubsequence("opened", "escalated", "parties_classified", "session_scheduled", "session_held",
                        "concluded", "term_performed", "return_visited", "closed");
        assertThat(closed.get("timeline").get(closed.get("timeline").size() - 1).get("note").asString())
                .isEqualTo("结案：协议已全部履行，回访满意");

        // one dispute opened, one mediation ended in an agreement, one visit reached and 满意 (the run's only ones now)
        await("handler-fengqiao's KPIs for 枫桥镇 count the case").atMost(ASYNC).untilAsserted(() ->
                assertCounted(townshipBefore, kpis(townshipKpis, FENGQIAO, period)));
        await("county-leader's KPIs for the county count the case").atMost(ASYNC).untilAsserted(() ->
                assertCounted(countyBefore, kpis(countyKpis, COUNTY, period)));
        System.out.printf("%nScenario 3: report %s → dispute %s at %s → township %s → agreement → term overdue, "
                + "reminded → performed → return visit %s 满意 → closed; 枫桥镇 %s: %s%n", reportId, id, FENGYUAN, FENGQIAO,
                visitId, period, kpis(townshipKpis, FENGQIAO, period).get("mediation"));
    }

    private void termGoesOverdueAndTheTownshipIsRemindedOnce(Actor township, String id) {
        Actor drill = Actor.login("county-admin", stack.stack().url("identity-server"),
                stack.stack().url("mediation-service"));
        assertThat(Seen.inboxItems(township, id)).as("handler-fengqiao: no reminder before the due date")
                .noneMatch(item -> "dispute.term-overdue".equals(item.get("kind").asString()));
        Response moved = drill.post("/internal/clock/advance", "{\"by\":\"P31D\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        await("handler-fengqiao is reminded that the term is overdue (逾期未履行)").atMost(ASYNC)
                .until(() -> !reminders(township, id).isEmpty());
        await("later scans remind no more").during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(reminders(township, id)).hasSize(1));
        JsonNode reminder = reminders(township, id).get(0);
        assertThat(reminder.get("title").asString()).isEqualTo("调解协议逾期未履行（第 1 项）");
        assertThat(reminder.get("body").asString()).startsWith("调解协议第 1 项「按原界址重新砌墙」应由村民甲于 ");
        Response dispute = township.get("/api/disputes/" + id);
        assertThat(dispute.json().get("agreement").get("terms").get(0).get("remindedAt").isNull())
                .as("handler-fengqiao: the term shows the reminder").isFalse();
        assertThat(Seen.inboxItems(stack.actor("mediator-fengyuan"), id))
                .as("mediator-fengyuan: the township mediated the agreement, the village is not reminded")
                .noneMatch(item -> "dispute.term-overdue".equals(item.get("kind").asString()));
    }

    private static List<JsonNode> reminders(Actor reader, String disputeId) {
        return Seen.inboxItems(reader, disputeId).stream()
                .filter(item -> "dispute.term-overdue".equals(item.get("kind").asString())).toList();
    }

    /** The county surveyor's pending visit of the dispute, or {@code null} while there is none. */
    private static JsonNode visitOf(Actor surveyor, String disputeId) {
        Response list = surveyor.get("/api/return-visits?pending=true&size=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(v -> "dispute".equals(v.get("caseType").asString()) && disputeId.equals(v.get("caseId").asString()))
                .findFirst().orElse(null);
    }

    private static JsonNode kpis(Actor reader, String jurisdiction, String period) {
        Response kpis = reader.get("/api/kpis?jurisdiction=" + jurisdiction + "&period=" + period);
        assertThat(kpis.status()).as(kpis.toString()).isEqualTo(200);
        return kpis.json();
    }

    private static void assertCounted(JsonNode before, JsonNode after) {
        assertThat(after.at("/mediation/opened/value").asLong()).as("纠纷受理数")
                .isEqualTo(before.at("/mediation/opened/value").asLong() + 1);
        assertRateGrew(before, after, "/mediation/success", "调成率", 1, 1);
        assertThat(after.at("/returnVisits/completed/value").asLong()).as("回访数")
                .isEqualTo(before.at("/returnVisits/completed/value").asLong() + 1);
        assertRateGrew(before, after, "/returnVisits/reach", "回访联系率", 1, 1);
        assertRateGrew(before, after, "/returnVisits/satisfaction", "满意率", 1, 1);
        assertThat(after.at("/returnVisits/dissatisfied").asLong()).as("不满意数")
                .isEqualTo(before.at("/returnVisits/dissatisfied").asLong());
    }

    private static void assertRateGrew(JsonNode before, JsonNode after, String rate, String name, int numerator,
                                       int denominator) {
        assertThat(after.at(rate + "/numerator").asLong()).as(name + " numerator")
                .isEqualTo(before.at(rate + "/numerator").asLong() + numerator);
        assertThat(after.at(rate + "/denominator").asLong()).as(name + " denominator")
                .isEqualTo(before.at(rate + "/denominator").asLong() + denominator);
    }

    private static String report(String clientId, String type, String title) {
        return """
                {"clientReportId":"%s","type":"%s","title":"%s","description":"网格员巡查时发现，双方当场未能和解。",
                 "gridCode":"%s01","occurredAt":"%s","urgency":"normal","peopleInvolved":2,"handledOnSpot":false}"""
                .formatted(clientId, type, title, FENGYUAN,
                        Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS));
    }

    private static List<JsonNode> disputesFrom(Actor reader, String reportId) {
        Response list = reader.get("/api/disputes?size=100");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(d -> ("field-report:" + reportId).equals(d.get("sourceReference").asString()))
                .toList();
    }
}

package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * Scenario 3 as far as the platform goes today: a grid worker's phone syncs an offline batch twice with a dispute
 * sign; one dispute opens at the village; the village does not act within its clock (shortened for the e2e stack,
 * see {@link E2eStack#VILLAGE_ACT_WITHIN}) and the dispute escalates to the township; the township's session ends in
 * an agreement. (Overdue terms, return visit and KPIs follow once they are on main.)
 */
@E2eStack.Uses
@Order(3)
class FieldToMediationIT {

    private static final String FENGYUAN = "330681101201";
    private static final String FENGQIAO = "330681101";

    private final E2eStack stack = E2eStack.shared();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDisputeSignSyncedTwiceOpensOneDisputeThatEscalatesAndEndsInAnAgreement() {
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
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("state").asString()).as("handler-fengqiao: state after the session")
                .isEqualTo("agreement");
        assertThat(recorded.json().get("agreement").get("terms")).hasSize(1);
        System.out.printf("%nScenario 3: report %s → dispute %s at %s → township %s → agreement%n", reportId, id,
                FENGYUAN, FENGQIAO);
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

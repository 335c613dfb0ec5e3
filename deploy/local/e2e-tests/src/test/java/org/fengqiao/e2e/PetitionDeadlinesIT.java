package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.fengqiao.e2e.Actor.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2's deadline clocks: a petition nobody accepts. petition-service runs in drill mode on the e2e stack,
 * so the county administrator moves its clock forward (on the service, not through the gateway): first past the
 * approaching thresholds of the 15-day acceptance limit, then past the limit itself. The county dispatchers, who
 * hold the petition, get the 催办 reminders and one 超期 alert, and no more however often the scan runs again.
 * Runs after every class that reaches petition-service (only {@link FieldToMediationIT}, which moves
 * mediation-service's clock and never reaches petition-service, comes later): the moved clock makes every other open
 * petition and work order of the run overdue too.
 */
@E2eStack.Uses
@Order(6)
class PetitionDeadlinesIT {

    private static final Duration ASYNC = Duration.ofSeconds(60);

    private final E2eStack stack = E2eStack.shared();

    @Test
    void anUnacceptedPetitionRemindsItsHolderThenAlertsOnceWhenItsAcceptanceDeadlinePasses() {
        Actor dispatcher = stack.actor("county-dispatcher");
        Actor drill = Actor.login("county-admin", stack.stack().url("identity-server"),
                stack.stack().url("petition-service"));
        String phone = "1357702" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        Response registered = dispatcher.post("/api/petitions", """
                {"channel":"letter",
                 "petitioners":[{"name":"赵某某","idNumber":"%s","phone":"%s","address":"陈家村2组",
                                 "representative":false}],
                 "content":"村道硬化工程拖欠工人工资三个月，要求尽快支付。","category":"labour_wages",
                 "purpose":"demand","place":{"jurisdiction":"330681101202","address":"诸暨市枫桥镇陈家村"}}"""
                .formatted(PetitionAcrossTiersIT.idNumber(), phone));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asString();

        advance(drill, "P13D");
        await("the county dispatchers are reminded (催办) before the acceptance deadline").atMost(ASYNC)
                .untilAsserted(() -> assertThat(kinds(dispatcher, id)).contains("deadline.approaching"));

        advance(drill, "P20D");
        await("the county dispatchers are alerted (超期) once the acceptance deadline has passed").atMost(ASYNC)
                .untilAsserted(() -> assertThat(kinds(dispatcher, id)).contains("deadline.breached"));
        await("later scans add nothing").during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    List<String> kinds = kinds(dispatcher, id);
                    assertThat(kinds).filteredOn("deadline.breached"::equals).hasSize(1);
                    assertThat(kinds).filteredOn("deadline.approaching"::equals).hasSizeBetween(1, 2);
                });
        System.out.printf("%nPetition deadlines: %s → %s%n", registered.json().get("number").asString(),
                kinds(dispatcher, id));
    }

    private static void advance(Actor drill, String by) {
        Response moved = drill.post("/internal/clock/advance", "{\"by\":\"" + by + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private static List<String> kinds(Actor reader, String caseId) {
        return Seen.inboxItems(reader, caseId).stream().map(item -> item.get("kind").asString()).toList();
    }
}

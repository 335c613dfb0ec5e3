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
 * Scenario 2, a petition (信访) across the tiers: a collective visit registered at the county is accepted and
 * assigned to 枫桥镇 with the county land bureau co-handling; the township assigns it down to 枫源村, which escalates
 * it back; the township replies; the petitioner asks for 复查 and then 复核, the county decides both, and the matter
 * is terminated (三级终结); the same petitioner on the same facts cannot be accepted again. Each unit it passes
 * finds it in its inbox, the county's leaders get the collective-visit alert, and the petitioner's SMS reach the
 * simulator. (The deadline clocks are not part of it: petition time limits are whole calendar days.)
 */
@E2eStack.Uses
@Order(3)
class PetitionAcrossTiersIT {

    private static final String COUNTY = "330681";
    private static final String FENGQIAO = "330681101";
    private static final String FENGYUAN = "330681101201";
    private static final String LAND_BUREAU = "330681:gtj";
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private final E2eStack stack = E2eStack.shared();

    @Test
    void aCollectiveVisitGoesDownAndUpTheTiersThroughReviewToTerminationAndStaysTerminated() {
        String idNumber = idNumber();
        String phone = "1357701" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        Actor dispatcher = stack.actor("county-dispatcher");
        Actor leader = stack.actor("county-leader");
        Actor township = stack.actor("handler-fengqiao");
        Actor village = stack.actor("mediator-fengyuan");
        Actor admin = stack.actor("county-admin");

        Response registered = dispatcher.post("/api/petitions", registration(idNumber, phone));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        expect(registered, "registered", COUNTY);
        assertThat(registered.json().get("flags").get("collective").asBoolean()).as("6 people: a collective visit")
                .isTrue();
        String id = registered.json().get("id").asString();
        String number = registered.json().get("number").asString();
        String petition = "/api/petitions/" + id;
        await("county-leader gets the collective-visit alert").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(leader, id)).contains("集体访预警：" + number));

        expect(step(dispatcher, petition, "accept", """
                {"note":"属信访事项，予以受理"}"""), "accepted", COUNTY);
        expect(step(dispatcher, petition, "assign", """
                {"jurisdiction":"%s","coHandlingUnits":["%s"],"note":"枫桥镇牵头，县国土局协办"}"""
                .formatted(FENGQIAO, LAND_BUREAU)), "assigned", FENGQIAO);
        await("handler-fengqiao finds the assigned petition in the inbox").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(township, id)).contains("交办信访件：" + number));
        await("the co-handling county land bureau (county dispatchers' inbox) is asked to help").atMost(ASYNC)
                .untilAsserted(() -> assertThat(titles(dispatcher, id)).contains("协办信访件：" + number));

        expect(step(township, petition, "assign", """
                {"jurisdiction":"%s","note":"请村调委会先行核实"}""".formatted(FENGYUAN)), "assigned", FENGYUAN);
        await("mediator-fengyuan finds the petition the township assigned down").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(village, id)).contains("交办信访件：" + number));

        expect(step(village, petition, "escalate", """
                {"reason":"涉及全村补偿分配，村级无权处理"}"""), "escalated", FENGQIAO);
        await("handler-fengqiao finds the village's escalation in the inbox").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(township, id)).contains("信访件上报：" + number));
        Response villageActs = village.post(petition + "/escalate", """
                {"reason":"再次上报"}""");
        assertThat(villageActs.status()).as("the village no longer holds it: " + villageActs).isEqualTo(403);

        expect(step(township, petition, "reply", """
                {"disposition":"resolved","reply":"经核查，补偿款已重新核算，差额于12月底前补发。"}"""), "replied", null);
        expect(step(dispatcher, petition, "review", """
                {"reason":"对补偿金额仍有异议"}"""), "review_requested", null);
        expect(step(dispatcher, petition, "review/decision", """
                {"outcome":"upheld","opinion":"原答复意见事实清楚，予以维持"}"""), "review_decided", null);
        expect(step(dispatcher, petition, "re-review", """
                {"reason":"不服复查意见"}"""), "re_review_requested", null);
        expect(step(dispatcher, petition, "re-review/decision", """
                {"outcome":"upheld","opinion":"复查意见正确，予以维持"}"""), "re_review_decided", null);
        expect(step(dispatcher, petition, "terminate", """
                {"note":"三级终结"}"""), "terminated", null);

        Response again = dispatcher.post("/api/petitions", registration(idNumber, phone));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("flags").get("afterTermination").asBoolean())
                .as("county-dispatcher: the new petition on the same facts is marked as after termination").isTrue();
        Response refused = dispatcher.post("/api/petitions/" + again.json().get("id").asString() + "/accept", """
                {"note":"予以受理"}""");
        assertThat(refused.status()).as("county-dispatcher cannot accept it: " + refused).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        List<String> notices = List.of("）已依法受理", "）已答复", "）复查意见：", "）复核意见：");
        await("the petitioner's SMS: accepted, replied, review and re-review decided").atMost(ASYNC)
                .untilAsserted(() -> assertThat(notices).allSatisfy(notice -> assertThat(
                        Seen.sms(admin, phone).stream().filter(t -> t.contains(number) && t.contains(notice)))
                        .as("SMS to the petitioner saying " + notice).hasSize(1)));
        List<String> sms = Seen.sms(admin, phone).stream().filter(t -> t.contains(number)).toList();
        assertThat(sms.get(0)).as("the first SMS tells the petitioner it was accepted").contains("已依法受理");
        System.out.printf("%nScenario 2: %s county → %s (+%s) → %s → %s → replied → 复查 → 复核 → terminated; "
                + "SMS to the petitioner: %s%n", number, FENGQIAO, LAND_BUREAU, FENGYUAN, FENGQIAO, sms);
    }

    private static String registration(String idNumber, String phone) {
        return """
                {"channel":"visit","batchNumber":"B-E2E","headCount":6,
                 "petitioners":[{"name":"陈某某","idNumber":"%s","phone":"%s","address":"枫源村5组","representative":true}],
                 "content":"村里征地补偿款分配不公，要求重新核算并公开分配方案。","category":"land_acquisition",
                 "purpose":"demand",
                 "place":{"jurisdiction":"%s","address":"诸暨市枫桥镇枫源村5组","latitude":29.7152,"longitude":120.4231}}"""
                .formatted(idNumber, phone, FENGYUAN);
    }

    private static Response step(Actor actor, String petition, String action, String body) {
        Response response = actor.post(petition + "/" + action, body);
        assertThat(response.status()).as(actor.name() + " " + action + ": " + response).isEqualTo(200);
        return response;
    }

    private static void expect(Response response, String state, String holder) {
        assertThat(response.json().get("state").asString()).as(response.toString()).isEqualTo(state);
        if (holder != null) {
            assertThat(response.json().path("holder").asString("")).as(response.toString()).isEqualTo(holder);
        }
    }

    private static List<String> titles(Actor reader, String caseId) {
        return Seen.inboxItems(reader, caseId).stream().map(item -> item.get("title").asString()).toList();
    }

    /** A checksum-valid resident ID number of 诸暨市 that no other test uses. */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "330681" + (1950 + random.nextInt(40)) + String.format("%02d%02d%03d", 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}

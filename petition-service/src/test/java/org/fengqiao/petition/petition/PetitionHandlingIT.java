package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.petition.petition.PetitionApi.awaitEvents;
import static org.fengqiao.petition.petition.PetitionApi.ok;
import static org.fengqiao.petition.petition.PetitionApi.payload;
import static org.fengqiao.petition.petition.PetitionApi.types;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionReReviewDecided;
import org.fengqiao.events.petition.v1.PetitionResumed;
import org.fengqiao.events.petition.v1.PetitionReviewDecided;
import org.fengqiao.events.petition.v1.PetitionReviewRequested;
import org.fengqiao.events.petition.v1.PetitionSupervisionIssued;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.petition.TestClock;
import org.fengqiao.platform.calendar.ClockStop;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Extension, suspension, review, re-review, termination, repeat flags and supervision, on the test clock. */
@PetitionIT
class PetitionHandlingIT {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    PetitionDeadlines deadlines;

    private PetitionApi api;
    private RecordingConsumer events;
    private final String dispatcher = TestTokens.countyDispatcher();
    private final String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

    @BeforeEach
    void listen() {
        api = new PetitionApi(web);
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION);
    }

    @AfterEach
    void reset() {
        clock.reset();
        events.close();
    }

    @Test
    void oneExtensionApprovedByTheCountySupervisorPushesTheReplyDeadline() {
        String id = api.atFengqiao();
        JsonNode before = api.get(id);
        Instant acceptedAt = Instant.parse(before.get("acceptedAt").asString());

        JsonNode requested = ok(api.act(id, "extension", fengqiao, "{\"days\":20,\"reason\":\"需多部门联合核查\"}"));
        assertThat(requested.get("extension").get("days").asInt()).isEqualTo(20);
        api.act(id, "extension", fengqiao, "{\"days\":5,\"reason\":\"再次申请\"}").expectStatus().isEqualTo(409);
        api.act(id, "extension/decision", fengqiao, "{\"approved\":true}").expectStatus().isForbidden();
        api.act(id, "extension/decision", dispatcher, "{\"approved\":true}").expectStatus().isForbidden();
        api.act(id, "extension/decision", TestTokens.countySupervisor(), "{}").expectStatus().isBadRequest();
        JsonNode decided = ok(api.act(id, "extension/decision", TestTokens.countySupervisor(),
                "{\"approved\":true,\"note\":\"同意延期\"}"));

        Instant extended = deadlines.replyDueAt(acceptedAt, 20, List.of()).orElseThrow();
        assertThat(Instant.parse(decided.get("replyDueAt").asString())).isEqualTo(extended)
                .isAfter(Instant.parse(before.get("replyDueAt").asString()));
        api.act(id, "extension/decision", TestTokens.countySupervisor(), "{\"approved\":true}")
                .expectStatus().isEqualTo(409);
        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 5);
        assertThat(types(published)).endsWith("petition.extension-requested", "petition.extension-decided");
        PetitionExtensionDecided event = (PetitionExtensionDecided) payload(published.get(4));
        assertThat(event.approved()).isTrue();
        assertThat(event.replyDueAt()).isEqualTo(extended);
        assertThat(event.petitionerPhone()).isNotBlank();
        api.act(api.atFengqiao(), "extension", fengqiao, "{\"days\":31,\"reason\":\"太久\"}")
                .expectStatus().isBadRequest();
    }

    @Test
    void suspensionStopsTheClockAndResumptionPushesTheDeadline() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String id = api.atFengqiao();
        Instant acceptedAt = Instant.parse(api.get(id).get("acceptedAt").asString());

        clock.set(start.plus(DAY.multipliedBy(2)));
        JsonNode suspended = ok(api.act(id, "suspend", fengqiao, "{\"reason\":\"信访人住院治疗，无法配合调查\"}"));
        assertThat(suspended.get("state").asString()).isEqualTo("suspended");
        assertThat(suspended.get("replyDueAt").isNull()).isTrue();
        api.act(id, "reply", fengqiao, "{\"disposition\":\"resolved\",\"reply\":\"已处理\"}")
                .expectStatus().isEqualTo(409);
        api.act(id, "suspend", fengqiao, "{\"reason\":\"再中止\"}").expectStatus().isEqualTo(409);

        clock.set(start.plus(DAY.multipliedBy(12)));
        JsonNode resumed = ok(api.act(id, "resume", fengqiao, "{\"note\":\"信访人已出院\"}"));

        assertThat(resumed.get("state").asString()).isEqualTo("assigned");
        Instant expected = deadlines.replyDueAt(acceptedAt, 0, List.of(new ClockStop(start.plus(DAY.multipliedBy(2)),
                start.plus(DAY.multipliedBy(12))))).orElseThrow();
        assertThat(Instant.parse(resumed.get("replyDueAt").asString())).isEqualTo(expected)
                .isAfter(deadlines.replyDueAt(acceptedAt, 0, List.of()).orElseThrow());
        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 5);
        assertThat(types(published)).endsWith("petition.suspended", "petition.resumed");
        PetitionResumed event = (PetitionResumed) payload(published.get(4));
        assertThat(event.stoppedDays()).isEqualTo(10);
        assertThat(event.replyDueAt()).isEqualTo(expected);
    }

    @Test
    void reviewReReviewAndTerminationThenTheSameMatterIsNotAcceptedAgain() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String idNumber = PetitionApi.idNumber();
        String phone = PetitionApi.phone();
        String matter = PetitionApi.body("visit", "demolition", PetitionApi.VILLAGE,
                PetitionApi.petitioner("周某", idNumber, phone, false), null);
        String id = api.registered(matter).get("id").asString();
        ok(api.act(id, "accept", dispatcher, null));
        ok(api.act(id, "assign", dispatcher, "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\"}"));
        api.repliedByFengqiao(id);

        clock.set(start.plus(DAY.multipliedBy(10)));
        JsonNode reviewing = ok(api.act(id, "review", dispatcher, "{\"reason\":\"对补偿金额仍有异议\"}"));
        assertThat(reviewing.get("state").asString()).isEqualTo("review_requested");
        assertThat(reviewing.get("holder").asString()).isEqualTo(DemoDivisions.COUNTY);
        api.act(id, "review/decision", fengqiao, "{\"outcome\":\"upheld\",\"opinion\":\"维持\"}")
                .expectStatus().isForbidden();
        ok(api.act(id, "review/decision", dispatcher, "{\"outcome\":\"upheld\",\"opinion\":\"原答复意见事实清楚，予以维持\"}"));
        clock.set(start.plus(DAY.multipliedBy(20)));
        ok(api.act(id, "re-review", dispatcher, "{\"reason\":\"不服复查意见\"}"));
        api.act(id, "terminate", dispatcher, null).expectStatus().isEqualTo(409);
        ok(api.act(id, "re-review/decision", dispatcher, "{\"outcome\":\"upheld\",\"opinion\":\"复查意见正确，予以维持\"}"));
        JsonNode terminated = ok(api.act(id, "terminate", dispatcher, "{\"note\":\"三级终结\"}"));
        assertThat(terminated.get("state").asString()).isEqualTo("terminated");

        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 9);
        assertThat(types(published)).containsExactly("petition.registered", "petition.accepted", "petition.assigned",
                "petition.replied", "petition.review-requested", "petition.review-decided",
                "petition.re-review-requested", "petition.re-review-decided", "petition.terminated");
        PetitionReviewRequested requested = (PetitionReviewRequested) payload(published.get(4));
        assertThat(requested.recipientDivision()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(requested.decisionDueAt()).isEqualTo(deadlines.reviewDecisionDueAt(start.plus(DAY.multipliedBy(10))));
        PetitionReviewDecided reviewed = (PetitionReviewDecided) payload(published.get(5));
        assertThat(reviewed.outcome()).isEqualTo("upheld");
        assertThat(reviewed.petitionerPhone()).isEqualTo(phone);
        assertThat(reviewed.onTime()).isTrue();
        assertThat(((PetitionReReviewDecided) payload(published.get(7))).opinion()).contains("维持");

        JsonNode again = api.registered(matter);
        String againId = again.get("id").asString();
        assertThat(again.get("flags").get("afterTermination").asBoolean()).isTrue();
        assertThat(again.get("flags").get("repeat").asBoolean()).isTrue();
        assertThat(again.get("flags").get("repeatOf").asString()).isEqualTo(id);
        api.act(againId, "accept", dispatcher, null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("终结"));
        JsonNode refused = ok(api.act(againId, "not-accept", dispatcher, "{\"reason\":\"terminated\"}"));
        assertThat(refused.get("state").asString()).isEqualTo("not_accepted");
    }

    @Test
    void aLateReviewRequestIsRefusedWithTheReason() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String id = api.atFengqiao();
        JsonNode replied = api.repliedByFengqiao(id);
        Instant reviewRequestDueAt = Instant.parse(replied.get("reviewRequestDueAt").asString());

        clock.set(reviewRequestDueAt.plusSeconds(1));
        api.act(id, "review", dispatcher, "{\"reason\":\"迟到的复查申请\"}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("超过期限").contains(WorkCalendar.dateOf(reviewRequestDueAt).toString()));
        JsonNode unchanged = api.get(id);
        assertThat(unchanged.get("state").asString()).isEqualTo("replied");
        assertThat(unchanged.get("version").asLong()).isEqualTo(replied.get("version").asLong());
        JsonNode closed = ok(api.act(id, "close", dispatcher, null));
        assertThat(closed.get("state").asString()).isEqualTo("closed");
    }

    @Test
    void theSamePetitionerOnTheSameMatterIsARepeatLinkedToTheEarlierCase() {
        String idNumber = PetitionApi.idNumber();
        String first = api.registered(PetitionApi.body("letter", "social_security", PetitionApi.VILLAGE,
                PetitionApi.petitioner("吴某", idNumber, PetitionApi.phone(), false), null)).get("id").asString();
        JsonNode second = api.registered(PetitionApi.body("visit", "social_security", PetitionApi.VILLAGE,
                PetitionApi.petitioner("吴某", idNumber.toLowerCase(), PetitionApi.phone(), false), null));
        JsonNode other = api.registered(PetitionApi.body("visit", "environment", PetitionApi.VILLAGE,
                PetitionApi.petitioner("吴某", idNumber, PetitionApi.phone(), false), null));

        assertThat(second.get("flags").get("repeat").asBoolean()).isTrue();
        assertThat(second.get("flags").get("repeatOf").asString()).isEqualTo(first);
        assertThat(other.get("flags").get("repeat").asBoolean()).isFalse();
        assertThat(api.get(first).get("flags").get("repeat").asBoolean()).isFalse();
    }

    @Test
    void theCountySupervisorIssuesASupervisionAndOverdueCasesAreListedPerUnit() {
        String id = api.atFengqiao();
        LocalDate today = WorkCalendar.dateOf(Instant.now());
        String body = "{\"responseDueAt\":\"%s\",\"reason\":\"距答复期限不足10日，请加快办理\"}";

        api.act(id, "supervision", fengqiao, body.formatted(today.plusDays(5))).expectStatus().isForbidden();
        api.act(id, "supervision", TestTokens.countySupervisor(), body.formatted(today.minusDays(1)))
                .expectStatus().isBadRequest();
        JsonNode supervised = ok(api.act(id, "supervision", TestTokens.countySupervisor(),
                body.formatted(today.plusDays(5))));
        assertThat(supervised.get("supervisions").get(0).get("unit").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 4);
        PetitionSupervisionIssued event = (PetitionSupervisionIssued) payload(published.get(3));
        assertThat(event.recipientDivision()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(event.responseDueAt()).isEqualTo(today.plusDays(5));
        assertThat(event.by()).isEqualTo("county-supervisor");

        clock.set(Instant.parse(supervised.get("replyDueAt").asString()).plus(DAY));
        JsonNode overdue = api.getJson("/api/petitions/overdue", dispatcher);
        JsonNode unit = overdue.valueStream().filter(node -> node.get("unit").asString().equals(DemoDivisions.FENGQIAO))
                .findFirst().orElseThrow();
        assertThat(unit.get("petitions").valueStream().map(node -> node.get("id").asString())).contains(id);
        assertThat(unit.get("count").asInt()).isEqualTo(unit.get("petitions").size());
        assertThat(api.getJson("/api/petitions/overdue", TestTokens.handlerOf(DemoDivisions.ZHAOJIA)).valueStream()
                .flatMap(node -> node.get("petitions").valueStream()).map(node -> node.get("id").asString()))
                .doesNotContain(id);
    }
}

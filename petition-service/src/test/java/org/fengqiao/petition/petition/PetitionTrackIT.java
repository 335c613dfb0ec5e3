package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.petition.petition.PetitionApi.awaitEvents;
import static org.fengqiao.petition.petition.PetitionApi.ok;
import static org.fengqiao.petition.petition.PetitionApi.payload;
import static org.fengqiao.petition.petition.PetitionApi.types;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionAssigned;
import org.fengqiao.events.petition.v1.PetitionEscalated;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionReturned;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Registration, acceptance and routing across tiers through the API, against the embedded broker and store. */
@PetitionIT
class PetitionTrackIT {

    private static final String TO_FENGQIAO = "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\","
            + "\"coHandlingUnits\":[\"330681:gtj\"],\"note\":\"请枫桥镇牵头办理，县国土局协办\"}";
    private static final String TO_ZHAOJIA = "{\"jurisdiction\":\"" + DemoDivisions.ZHAOJIA + "\"}";

    @Autowired
    WebTestClient web;
    @Autowired
    PetitionDeadlines deadlines;

    private PetitionApi api;
    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        api = new PetitionApi(web);
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void registerAcceptAssignReplyAndClose() {
        String dispatcher = TestTokens.countyDispatcher();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        String idNumber = PetitionApi.idNumber();
        String phone = PetitionApi.phone();
        JsonNode registered = api.registered(PetitionApi.body("visit", "land_acquisition", PetitionApi.VILLAGE,
                PetitionApi.petitioner("陈某某", idNumber, phone, false), "\"batchNumber\":\"B-1\""));
        String id = registered.get("id").asString();

        assertThat(registered.get("state").asString()).isEqualTo("registered");
        assertThat(registered.get("number").asString()).matches("XF330681-\\d{8}-\\d{4}");
        assertThat(registered.get("firstContact").get("unit").asString()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(registered.get("firstContact").get("user").asString()).isEqualTo("county-dispatcher");
        assertThat(registered.get("holder").asString()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(registered.get("flags").get("skipLevel").asBoolean()).isTrue();
        assertThat(registered.get("flags").get("collective").asBoolean()).isFalse();
        assertThat(registered.get("flags").get("repeat").asBoolean()).isFalse();
        JsonNode petitioner = registered.get("petitioners").get(0);
        assertThat(petitioner.get("idNumber").asString()).isEqualTo(idNumber.substring(0, 4) + "**********"
                + idNumber.substring(14));
        assertThat(registered.toString()).doesNotContain(idNumber);
        Instant registeredAt = Instant.parse(registered.get("registeredAt").asString());
        assertThat(Instant.parse(registered.get("acceptDueAt").asString()))
                .isEqualTo(deadlines.acceptDueAt(registeredAt));

        JsonNode accepted = ok(api.act(id, "accept", dispatcher, "{\"note\":\"属信访事项，予以受理\"}"));
        Instant acceptedAt = Instant.parse(accepted.get("acceptedAt").asString());
        assertThat(Instant.parse(accepted.get("replyDueAt").asString()))
                .isEqualTo(deadlines.replyDueAt(acceptedAt, 0, List.of()).orElseThrow());
        JsonNode assigned = ok(api.act(id, "assign", dispatcher, TO_FENGQIAO));
        assertThat(assigned.get("state").asString()).isEqualTo("assigned");
        assertThat(assigned.get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(assigned.get("coHandlingUnits").get(0).asString()).isEqualTo("330681:gtj");
        api.read(id, TestTokens.handlerOf(DemoDivisions.ZHAOJIA)).expectStatus().isNotFound();
        api.act(id, "reply", TestTokens.handlerOf(DemoDivisions.ZHAOJIA),
                "{\"disposition\":\"resolved\",\"reply\":\"x\"}").expectStatus().isNotFound();
        api.read(id, fengqiao).expectStatus().isOk();

        JsonNode replied = api.repliedByFengqiao(id);
        assertThat(replied.get("state").asString()).isEqualTo("replied");
        assertThat(replied.get("reply").get("onTime").asBoolean()).isTrue();
        JsonNode closed = ok(api.act(id, "close", dispatcher, "{\"note\":\"信访人表示满意\"}"));
        assertThat(closed.get("state").asString()).isEqualTo("closed");
        assertThat(closed.get("holder").isNull()).isTrue();

        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 5);
        assertThat(types(published)).containsExactly("petition.registered", "petition.accepted", "petition.assigned",
                "petition.replied", "petition.closed");
        PetitionRegistered registeredEvent = (PetitionRegistered) payload(published.get(0));
        assertThat(registeredEvent.channel()).isEqualTo("visit");
        assertThat(registeredEvent.skipLevel()).isTrue();
        assertThat(registeredEvent.firstPetition()).isTrue();
        assertThat(registeredEvent.petitionerPhone()).isEqualTo(phone);
        assertThat(registeredEvent.batchNumber()).isEqualTo("B-1");
        assertThat(registeredEvent.jurisdiction()).isEqualTo(PetitionApi.VILLAGE);
        assertThat(published).allSatisfy(record -> assertThat(record.value()).doesNotContain(idNumber));
        assertThat(((PetitionAccepted) payload(published.get(1))).onTime()).isTrue();
        PetitionAssigned assignedEvent = (PetitionAssigned) payload(published.get(2));
        assertThat(assignedEvent.recipientDivision()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(assignedEvent.fromUnit()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(assignedEvent.coHandlingUnits()).containsExactly("330681:gtj");
        PetitionReplied repliedEvent = (PetitionReplied) payload(published.get(3));
        assertThat(repliedEvent.petitionerName()).isEqualTo("陈某某");
        assertThat(repliedEvent.petitionerPhone()).isEqualTo(phone);
        assertThat(repliedEvent.holder()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(repliedEvent.disposition()).isEqualTo("resolved");
        assertThat(repliedEvent.onTime()).isTrue();

        JsonNode timeline = api.getJson("/api/petitions/" + id + "/timeline", fengqiao);
        assertThat(timeline.valueStream().map(entry -> entry.get("action").asString()).toList())
                .containsExactly("registered", "accepted", "assigned", "replied", "closed");
        assertThat(timeline.get(2).get("from").asString()).isEqualTo("accepted");
        assertThat(timeline.get(2).get("byName").asString()).isEqualTo("县信访局调度员");
    }

    @Test
    void notAcceptedWithItsStatutoryReasonEndsTheCase() {
        String phone = PetitionApi.phone();
        String id = api.registered(PetitionApi.body("letter", "litigation", PetitionApi.VILLAGE,
                PetitionApi.petitioner("王某", PetitionApi.idNumber(), phone, false), null)).get("id").asString();
        assertThat(api.get(id).get("flags").get("litigationRelated").asBoolean()).isTrue();
        assertThat(api.get(id).get("flags").get("diversionAdvice").asString()).contains("诉讼");

        JsonNode refused = ok(api.act(id, "not-accept", TestTokens.countyDispatcher(), "{\"reason\":\"litigation\"}"));
        assertThat(refused.get("state").asString()).isEqualTo("not_accepted");
        assertThat(refused.get("notAcceptedReason").asString()).isEqualTo("litigation");
        api.act(id, "accept", TestTokens.countyDispatcher(), null).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("不予受理"));
        api.act(id, "not-accept", TestTokens.countyDispatcher(), "{\"reason\":\"whatever\"}")
                .expectStatus().isBadRequest();

        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 2);
        assertThat(types(published)).containsExactly("petition.registered", "petition.not-accepted");
        PetitionNotAccepted event = (PetitionNotAccepted) payload(published.get(1));
        assertThat(event.reason()).isEqualTo("litigation");
        assertThat(event.reasonText()).contains("诉讼、仲裁、行政复议");
        assertThat(event.petitionerPhone()).isEqualTo(phone);
        assertThat(event.onTime()).isTrue();
    }

    @Test
    void aMisroutedPetitionIsReturnedAndRerouted() {
        String dispatcher = TestTokens.countyDispatcher();
        String zhaojia = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        String id = api.accepted();
        ok(api.act(id, "assign", dispatcher, TO_ZHAOJIA));

        JsonNode returned = ok(api.act(id, "return", zhaojia, "{\"reason\":\"事发地属枫桥镇，非本镇管辖\"}"));
        assertThat(returned.get("state").asString()).isEqualTo("returned");
        assertThat(returned.get("holder").asString()).isEqualTo(DemoDivisions.COUNTY);
        api.read(id, zhaojia).expectStatus().isNotFound();
        api.act(id, "return", zhaojia, "{\"reason\":\"again\"}").expectStatus().isNotFound();

        ok(api.act(id, "assign", dispatcher, TO_FENGQIAO));
        JsonNode down = ok(api.act(id, "assign", fengqiao, "{\"jurisdiction\":\"" + PetitionApi.VILLAGE + "\"}"));
        assertThat(down.get("holder").asString()).isEqualTo(PetitionApi.VILLAGE);
        assertThat(down.get("hops").valueStream().map(hop -> hop.get("kind").asString() + ":" + hop.get("to").asString())
                .toList()).containsExactly("assigned:330681102", "returned:330681", "assigned:330681101",
                "assigned:330681101201");
        api.read(id, TestTokens.mediatorOf(PetitionApi.VILLAGE)).expectStatus().isOk();

        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 6);
        assertThat(types(published)).containsExactly("petition.registered", "petition.accepted", "petition.assigned",
                "petition.returned", "petition.assigned", "petition.assigned");
        PetitionReturned event = (PetitionReturned) payload(published.get(3));
        assertThat(event.returnedFrom()).isEqualTo(DemoDivisions.ZHAOJIA);
        assertThat(event.recipientDivision()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(event.reason()).isEqualTo("事发地属枫桥镇，非本镇管辖");
        assertThat(((PetitionAssigned) payload(published.get(5))).recipientDivision()).isEqualTo(PetitionApi.VILLAGE);
    }

    @Test
    void aVillageEscalatesWhatItWasAssignedBackThroughItsMediator() {
        String id = api.atFengqiao();
        ok(api.act(id, "assign", TestTokens.handlerOf(DemoDivisions.FENGQIAO),
                "{\"jurisdiction\":\"" + PetitionApi.VILLAGE + "\"}"));

        api.act(id, "escalate", TestTokens.gridWorkerOf(PetitionApi.VILLAGE), "{\"reason\":\"网格员上报\"}")
                .expectStatus().isForbidden();
        JsonNode up = ok(api.act(id, "escalate", TestTokens.mediatorOf(PetitionApi.VILLAGE),
                "{\"reason\":\"涉及全村补偿分配，村级无权处理\"}"));
        assertThat(up.get("state").asString()).isEqualTo("escalated");
        assertThat(up.get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        api.act(id, "escalate", TestTokens.mediatorOf(PetitionApi.VILLAGE), "{\"reason\":\"再上报\"}")
                .expectStatus().isForbidden();
    }

    @Test
    void aTownshipEscalatesWhatIsBeyondItAndTheCountyReplies() {
        String id = api.atFengqiao();
        String dispatcher = TestTokens.countyDispatcher();

        JsonNode escalated = ok(api.act(id, "escalate", TestTokens.handlerOf(DemoDivisions.FENGQIAO),
                "{\"reason\":\"涉及县级征地政策，超出镇级权限\"}"));
        assertThat(escalated.get("state").asString()).isEqualTo("escalated");
        assertThat(escalated.get("holder").asString()).isEqualTo(DemoDivisions.COUNTY);
        api.act(id, "escalate", dispatcher, "{\"reason\":\"再上报\"}").expectStatus().isEqualTo(409);
        ok(api.act(id, "reply", dispatcher, "{\"disposition\":\"explained_later\",\"reply\":\"纳入明年征地补偿调整\","
                + "\"resolveBy\":\"2027-06-30\"}"));

        List<ConsumerRecord<String, String>> published = awaitEvents(events, id, 5);
        assertThat(types(published)).containsExactly("petition.registered", "petition.accepted", "petition.assigned",
                "petition.escalated", "petition.replied");
        PetitionEscalated event = (PetitionEscalated) payload(published.get(3));
        assertThat(event.escalatedFrom()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(event.recipientDivision()).isEqualTo(DemoDivisions.COUNTY);
        assertThat(((PetitionReplied) payload(published.get(4))).resolveBy()).hasToString("2027-06-30");
    }

    @Test
    void illegalTransitionsAre409ForeignUnitsGet404AndNothingChanges() {
        String id = api.registeredId();
        String dispatcher = TestTokens.countyDispatcher();
        long version = api.get(id).get("version").asLong();

        api.act(id, "reply", dispatcher, "{\"disposition\":\"resolved\",\"reply\":\"已处理\"}")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已登记"));
        api.act(id, "assign", dispatcher, TO_FENGQIAO).expectStatus().isEqualTo(409);
        api.act(id, "review", dispatcher, "{\"reason\":\"不服\"}").expectStatus().isEqualTo(409);
        api.act(id, "accept", TestTokens.handlerOf(DemoDivisions.DONGBAIHU), null).expectStatus().isNotFound();
        api.act(id, "accept", TestTokens.countySupervisor(), null).expectStatus().isForbidden();
        api.act(id, "accept", TestTokens.handlerOf(DemoDivisions.FENGQIAO), null).expectStatus().isForbidden();
        api.act("6650a1c2e4b0f3a1d2c3ffff", "accept", dispatcher, null).expectStatus().isNotFound();

        JsonNode unchanged = api.get(id);
        assertThat(unchanged.get("state").asString()).isEqualTo("registered");
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(awaitEvents(events, id, 1)).hasSize(1);
    }

    @Test
    void badInputIs400WithProblemDetails() {
        String dispatcher = TestTokens.countyDispatcher();
        String badChecksum = "330681196503122012";
        api.register(dispatcher, PetitionApi.body("visit", "land_acquisition", PetitionApi.VILLAGE,
                        PetitionApi.petitioner("陈某", badChecksum, PetitionApi.phone(), false), null))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("校验位"));
        api.register(dispatcher, PetitionApi.body("visit", "astrology", PetitionApi.VILLAGE,
                        PetitionApi.petitioner("陈某", PetitionApi.idNumber(), PetitionApi.phone(), false), null))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("astrology"));
        api.register(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), PetitionApi.visit()).expectStatus().isBadRequest();
        api.register(dispatcher, PetitionApi.body("grid_report", "other", PetitionApi.VILLAGE,
                PetitionApi.petitioner("陈某", PetitionApi.idNumber(), PetitionApi.phone(), false), null))
                .expectStatus().isBadRequest();
        api.register(dispatcher, "{\"channel\":\"visit\",\"petitioners\":[],\"content\":\"\"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors").isArray();
        api.register(TestTokens.gridWorkerOf(PetitionApi.VILLAGE), PetitionApi.visit()).expectStatus().isForbidden();

        String id = api.atFengqiao();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        api.act(id, "assign", fengqiao, TO_ZHAOJIA).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("下级"));
        api.act(id, "reply", fengqiao, "{\"disposition\":\"explained_later\",\"reply\":\"以后再说\"}")
                .expectStatus().isBadRequest();
        api.act(id, "reply", fengqiao, "{\"disposition\":\"maybe\",\"reply\":\"x\"}").expectStatus().isBadRequest();
        assertThat(api.get(id).get("state").asString()).isEqualTo("assigned");
    }

    @Test
    void optionalFieldsMayBeLeftOutAndAMissingRequiredOneIsNamed() {
        String letter = """
                {"channel":"letter","petitioners":[{"name":"孙某","idNumber":"%s"}],
                 "content":"村道积水严重，要求修建排水沟。","category":"village_affairs","purpose":"suggestion",
                 "place":{"jurisdiction":"%s","address":"枫源村"}}""".formatted(PetitionApi.idNumber(), PetitionApi.VILLAGE);
        JsonNode registered = api.registered(letter);
        assertThat(registered.at("/petitioners/0/representative").asBoolean()).isFalse();

        String withoutSize = PetitionApi.visit().replace(",\"size\":204800", "");
        api.register(TestTokens.countyDispatcher(), withoutSize).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("attachments[0].size");
    }

    @Test
    void aCollectiveVisitIsFlaggedAndListsAreScopedAndMaskPhones() {
        String phone = PetitionApi.phone();
        String petitioners = PetitionApi.petitioner("陈代表", PetitionApi.idNumber(), phone, true) + ","
                + PetitionApi.petitioner("李代表", PetitionApi.idNumber(), PetitionApi.phone(), true);
        JsonNode collective = api.registered(PetitionApi.body("visit", "land_acquisition", PetitionApi.VILLAGE,
                petitioners, "\"headCount\":8,\"batchNumber\":\"B-8\""));
        String id = collective.get("id").asString();
        assertThat(collective.get("flags").get("collective").asBoolean()).isTrue();
        assertThat(collective.get("headCount").asInt()).isEqualTo(8);
        PetitionRegistered event = (PetitionRegistered) payload(awaitEvents(events, id, 1).get(0));
        assertThat(event.collective()).isTrue();
        assertThat(event.headCount()).isEqualTo(8);
        assertThat(event.petitionerCount()).isEqualTo(2);

        String township = api.register(TestTokens.handlerOf(DemoDivisions.ZHAOJIA),
                        PetitionApi.body("letter", "environment", "330681102201",
                                PetitionApi.petitioner("赵某", PetitionApi.idNumber(), PetitionApi.phone(), false), null))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
        assertThat(api.get(township).get("flags").get("skipLevel").asBoolean()).isFalse();

        List<JsonNode> county = allPages(TestTokens.countyDispatcher());
        JsonNode item = county.stream().filter(node -> node.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(item.get("petitionerPhone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(item.get("collective").asBoolean()).isTrue();
        assertThat(county).extracting(node -> node.get("id").asString()).contains(township).doesNotHaveDuplicates();
        List<JsonNode> fengqiao = allPages(TestTokens.handlerOf(DemoDivisions.FENGQIAO));
        assertThat(fengqiao).extracting(node -> node.get("id").asString()).contains(id).doesNotContain(township);
        assertThat(allPages(TestTokens.handlerOf(DemoDivisions.DONGBAIHU)))
                .extracting(node -> node.get("id").asString()).doesNotContain(id, township);
        web.get().uri("/api/petitions?size=0").headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                .exchange().expectStatus().isBadRequest();
        web.get().uri("/api/petitions?state=lost").headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void aCallerWithAnOpenPetitionIsRefusedAsAWorkOrder() {
        String phone = PetitionApi.phone();
        String number = api.registered(PetitionApi.body("phone", "labour_wages", PetitionApi.VILLAGE,
                PetitionApi.petitioner("孙某", PetitionApi.idNumber(), phone, false), null)).get("number").asString();
        String order = """
                {"orderNumber":"%s","callerName":"孙某","callerPhone":"%s","content":"工资被拖欠三个月。",
                 "category":"complaint","urgency":"normal","address":"诸暨市枫桥镇枫源村"}""";

        web.post().uri("/api/work-orders").headers(h -> h.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(order.formatted("ZJ-XF-" + phone, phone))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(number));
        web.post().uri("/api/work-orders").headers(h -> h.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order.formatted("ZJ-XF-OTHER-" + phone, PetitionApi.phone()))
                .exchange().expectStatus().isCreated();
    }

    private List<JsonNode> allPages(String token) {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = api.getJson("/api/petitions?size=50" + (after == null ? "" : "&after=" + after), token);
            page.get("items").forEach(items::add);
            after = page.get("next").isNull() ? null : page.get("next").asString();
        } while (after != null);
        return items;
    }
}

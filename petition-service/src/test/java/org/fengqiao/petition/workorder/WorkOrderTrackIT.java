package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderReturned;
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

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The 12345 work-order track through the API, against the embedded broker and store. */
@PetitionIT
class WorkOrderTrackIT {

    private static final String ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"枫源村村口路灯连续一周不亮，夜间通行不安全。","category":"%s","urgency":"normal",
             "address":"诸暨市枫桥镇枫源村村口"}""";
    private static final String FENGQIAO = "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\",\"note\":\"请按期办理\"}";
    private static final String ZHAOJIA = "{\"jurisdiction\":\"" + DemoDivisions.ZHAOJIA + "\"}";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    WorkOrderDeadlines deadlines;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void dispatchReturnReassignClaimReplyReviewClose() {
        String id = pushed("help");
        String dispatcher = TestTokens.countyDispatcher();
        String zhaojia = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

        JsonNode dispatched = ok(act(id, "dispatch", dispatcher, ZHAOJIA));
        assertThat(dispatched.get("state").asString()).isEqualTo("dispatched");
        assertThat(dispatched.get("holder").asString()).isEqualTo(DemoDivisions.ZHAOJIA);
        Instant dueAt = Instant.parse(dispatched.get("dueAt").asString());
        assertThat(dueAt).isAfter(Instant.now());

        JsonNode returned = ok(act(id, "return", zhaojia, "{\"reason\":\"枫源村属枫桥镇管辖\"}"));
        assertThat(returned.get("state").asString()).isEqualTo("returned");
        assertThat(returned.get("holder").isNull()).isTrue();
        read(id, zhaojia).expectStatus().isNotFound();

        ok(act(id, "reassign", dispatcher, FENGQIAO));
        assertThat(ok(act(id, "claim", fengqiao, null)).get("state").asString()).isEqualTo("handling");
        JsonNode replied = ok(act(id, "reply", fengqiao, "{\"reply\":\"已联系供电所更换线路，路灯恢复照明。\"}"));
        assertThat(replied.get("state").asString()).isEqualTo("replied");
        assertThat(ok(act(id, "review", dispatcher, "{\"approved\":true}")).get("state").asString())
                .isEqualTo("reviewed");
        JsonNode closed = ok(act(id, "close", dispatcher, "{\"note\":\"回访满意\"}"));
        assertThat(closed.get("state").asString()).isEqualTo("closed");
        assertThat(closed.get("reply").asString()).contains("路灯恢复照明");

        List<ConsumerRecord<String, String>> published = awaitEvents(id, 8);
        assertThat(published).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("work-order.received", "work-order.dispatched", "work-order.returned",
                        "work-order.reassigned", "work-order.claimed", "work-order.replied", "work-order.reviewed",
                        "work-order.closed");
        WorkOrderDispatched dispatchedEvent = (WorkOrderDispatched) payload(published.get(1));
        assertThat(dispatchedEvent.holder()).isEqualTo(DemoDivisions.ZHAOJIA);
        assertThat(dispatchedEvent.dueAt()).isEqualTo(dueAt);
        assertThat(dispatchedEvent.state()).isEqualTo("dispatched");
        WorkOrderReturned returnedEvent = (WorkOrderReturned) payload(published.get(2));
        assertThat(returnedEvent.holder()).isNull();
        assertThat(returnedEvent.returnedFrom()).isEqualTo(DemoDivisions.ZHAOJIA);
        assertThat(returnedEvent.by()).isEqualTo("handler-zhaojia");

        JsonNode timeline = web.get().uri("/api/work-orders/{id}/timeline", id)
                .headers(headers -> headers.setBearerAuth(fengqiao)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(timeline.valueStream().map(entry -> entry.get("action").asString()).toList())
                .containsExactly("received", "dispatched", "returned", "reassigned", "claimed", "replied", "reviewed",
                        "closed");
        JsonNode returnStep = timeline.get(2);
        assertThat(returnStep.get("by").asString()).isEqualTo("handler-zhaojia");
        assertThat(returnStep.get("byName").asString()).isEqualTo("赵家镇信访办");
        assertThat(returnStep.get("from").asString()).isEqualTo("dispatched");
        assertThat(returnStep.get("to").asString()).isEqualTo("returned");
        assertThat(returnStep.get("note").asString()).isEqualTo("枫源村属枫桥镇管辖");
    }

    @Test
    void anApprovedExtensionPushesTheDeadlineByItsWorkingDays() {
        String id = pushed("complaint");
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        ok(act(id, "dispatch", TestTokens.countyDispatcher(), FENGQIAO));
        Instant dueAt = Instant.parse(ok(act(id, "claim", fengqiao, null)).get("dueAt").asString());

        JsonNode requested = ok(act(id, "extension", fengqiao, "{\"workingDays\":3,\"reason\":\"需多部门会商\"}"));
        assertThat(requested.get("pendingExtension").get("workingDays").asInt()).isEqualTo(3);
        act(id, "extension", fengqiao, "{\"workingDays\":1,\"reason\":\"再申请\"}").expectStatus().isEqualTo(409);
        act(id, "extension/decision", fengqiao, "{\"approved\":true}").expectStatus().isForbidden();
        JsonNode decided = ok(act(id, "extension/decision", TestTokens.countyDispatcher(),
                "{\"approved\":true,\"note\":\"同意\"}"));

        assertThat(Instant.parse(decided.get("dueAt").asString())).isEqualTo(deadlines.extend(dueAt, 3));
        assertThat(decided.get("pendingExtension").isNull()).isTrue();
        assertThat(awaitEvents(id, 5)).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .endsWith("work-order.extension-requested", "work-order.extension-decided");
    }

    @Test
    void aSentBackReplyAndARedoGoBackToTheHolder() {
        String id = pushed("complaint");
        String dispatcher = TestTokens.countyDispatcher();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        ok(act(id, "dispatch", dispatcher, FENGQIAO));
        ok(act(id, "claim", fengqiao, null));
        ok(act(id, "reply", fengqiao, "{\"reply\":\"已处理\"}"));

        act(id, "review", dispatcher, "{\"approved\":false}").expectStatus().isBadRequest();
        assertThat(ok(act(id, "review", dispatcher, "{\"approved\":false,\"note\":\"未写明处理结果\"}"))
                .get("state").asString()).isEqualTo("handling");
        ok(act(id, "reply", fengqiao, "{\"reply\":\"已于当日修复路灯\"}"));
        ok(act(id, "review", dispatcher, "{\"approved\":true}"));
        JsonNode reopened = ok(act(id, "reopen", dispatcher, "{\"reason\":\"回访不满意：路灯再次熄灭\"}"));

        assertThat(reopened.get("state").asString()).isEqualTo("handling");
        assertThat(reopened.get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        ok(act(id, "reply", fengqiao, "{\"reply\":\"已更换灯杆线路\"}"));
        assertThat(awaitEvents(id, 9)).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("work-order.received", "work-order.dispatched", "work-order.claimed",
                        "work-order.replied", "work-order.reviewed", "work-order.replied", "work-order.reviewed",
                        "work-order.reopened", "work-order.replied");
    }

    @Test
    void illegalTransitionsAre409AndOtherTownshipsGet404AndNothingChanges() {
        String id = pushed("help");
        String dispatcher = TestTokens.countyDispatcher();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        ok(act(id, "dispatch", dispatcher, FENGQIAO));
        long version = read(id, dispatcher).expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("version").asLong();

        act(id, "reply", fengqiao, "{\"reply\":\"已处理\"}").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("已派单"));
        act(id, "dispatch", dispatcher, ZHAOJIA).expectStatus().isEqualTo(409);
        act(id, "claim", TestTokens.handlerOf(DemoDivisions.ZHAOJIA), null).expectStatus().isNotFound();
        read(id, TestTokens.handlerOf(DemoDivisions.DONGBAIHU)).expectStatus().isNotFound();
        act(id, "claim", dispatcher, null).expectStatus().isForbidden();
        act(id, "dispatch", fengqiao, ZHAOJIA).expectStatus().isForbidden();
        act(id, "close", dispatcher, null).expectStatus().isEqualTo(409);
        act(UUID.randomUUID().toString(), "claim", fengqiao, null).expectStatus().isNotFound();

        JsonNode unchanged = read(id, dispatcher).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(unchanged.get("state").asString()).isEqualTo("dispatched");
        assertThat(unchanged.get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(awaitEvents(id, 2)).hasSize(2);
    }

    @Test
    void badInputIs400WithProblemDetailsAndNothingChanges() {
        String id = pushed("help");
        String dispatcher = TestTokens.countyDispatcher();

        act(id, "dispatch", dispatcher, "{\"jurisdiction\":\"33068110\"}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("jurisdiction");
        act(id, "dispatch", dispatcher, "{\"jurisdiction\":\"330682101\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("330682101"));
        act(id, "dispatch", dispatcher, "{\"jurisdiction\":\"330681\"}").expectStatus().isBadRequest();
        act(id, "dispatch", dispatcher, "{\"jurisdiction\":{\"$gt\":\"\"}}").expectStatus().isBadRequest();
        act(id, "dispatch", dispatcher, "{\"jurisdiction\":\"330681\",\"department\":\"ZJJ 住建\"}")
                .expectStatus().isBadRequest();
        assertThat(read(id, dispatcher).expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("state").asString()).isEqualTo("received");

        JsonNode toDepartment = ok(act(id, "dispatch", dispatcher, "{\"jurisdiction\":\"330681\",\"department\":\"zjj\"}"));
        assertThat(toDepartment.get("holder").asString()).isEqualTo("330681:zjj");
        act(id, "extension", TestTokens.forSubject("county-housing").name("县住建局").jurisdiction(DemoDivisions.COUNTY)
                .roles(org.fengqiao.platform.security.Role.HANDLER).sign(), "{\"workingDays\":0,\"reason\":\"\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
    }

    @Test
    void twoClaimsAtOnceSucceedOnce() {
        String id = pushed("help");
        ok(act(id, "dispatch", TestTokens.countyDispatcher(), FENGQIAO));
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

        List<Integer> statuses = Flux.range(0, 4)
                .flatMap(i -> Mono.fromCallable(() -> act(id, "claim", fengqiao, null).returnResult(Void.class)
                        .getStatus().value()).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        awaitEvents(id, 3);
        assertThat(events.withKey(id)).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsOnlyOnce("work-order.claimed");
    }

    @Test
    void listsAreScopedFilteredPagedAndMaskPhones() {
        String prefix = "ZJ-LIST-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String toFengqiao = pushed("help", prefix + 1);
        String toZhaojia = pushed("help", prefix + 2);
        String undispatched = pushed("help", prefix + 3);
        ok(act(toFengqiao, "dispatch", TestTokens.countyDispatcher(), FENGQIAO));
        ok(act(toZhaojia, "dispatch", TestTokens.countyDispatcher(), ZHAOJIA));

        List<JsonNode> fengqiaos = allPages(TestTokens.handlerOf(DemoDivisions.FENGQIAO), "");
        assertThat(fengqiaos).extracting(item -> item.get("id").asString())
                .contains(toFengqiao).doesNotContain(toZhaojia, undispatched);
        assertThat(fengqiaos).allSatisfy(item ->
                assertThat(item.get("holder").asString()).startsWith(DemoDivisions.FENGQIAO));

        List<JsonNode> county = allPages(TestTokens.countyDispatcher(), "&state=received&state=dispatched");
        assertThat(county).extracting(item -> item.get("id").asString())
                .contains(toFengqiao, toZhaojia, undispatched).doesNotHaveDuplicates();
        assertThat(county).extracting(item -> item.get("state").asString()).containsOnly("received", "dispatched");
        JsonNode item = county.stream().filter(node -> node.get("id").asString().equals(toZhaojia)).findFirst()
                .orElseThrow();
        assertThat(item.get("callerPhone").asString()).isEqualTo("139****1234");
        assertThat(item.get("dueAt").isNull()).isFalse();

        String otherHotline = TestTokens.forSubject("hotline-other").name("其他热线").jurisdiction(DemoDivisions.COUNTY)
                .roles(org.fengqiao.platform.security.Role.HOTLINE).sign();
        assertThat(allPages(otherHotline, "")).isEmpty();
        assertThat(allPages(TestTokens.hotline(), "")).extracting(node -> node.get("id").asString())
                .contains(toFengqiao, toZhaojia, undispatched);
        read(toFengqiao, otherHotline).expectStatus().isNotFound();

        list(TestTokens.countyDispatcher(), "?state=gossip").expectStatus().isBadRequest();
        list(TestTokens.countyDispatcher(), "?size=0").expectStatus().isBadRequest();
        list(TestTokens.countyDispatcher(), "?after=zzz").expectStatus().isBadRequest();
    }

    private List<JsonNode> allPages(String token, String filter) {
        List<JsonNode> items = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonNode page = list(token, "?size=2" + filter + (after == null ? "" : "&after=" + after))
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            page.get("items").forEach(items::add);
            after = page.get("next").isNull() ? null : page.get("next").asString();
        } while (after != null);
        return items;
    }

    private WebTestClient.ResponseSpec list(String token, String query) {
        return web.get().uri("/api/work-orders" + query).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private String pushed(String category) {
        return pushed(category, "ZJ-TRACK-" + UUID.randomUUID().toString().substring(0, 8) + "-"
                + SEQUENCE.incrementAndGet());
    }

    private String pushed(String category, String orderNumber) {
        return web.post().uri("/api/work-orders")
                .headers(headers -> headers.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ORDER.formatted(orderNumber, category))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private WebTestClient.ResponseSpec act(String id, String action, String token, String json) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/work-orders/{id}/" + action, id)
                .headers(headers -> headers.setBearerAuth(token));
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static JsonNode ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/work-orders/{id}", id).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private List<ConsumerRecord<String, String>> awaitEvents(String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).size() >= count);
        return events.withKey(id);
    }

    private static Object payload(ConsumerRecord<String, String> record) {
        return EventJson.standard().read(new EventTypeId(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE),
                Integer.parseInt(RecordingConsumer.header(record, EventHeaders.EVENT_VERSION))), record.value());
    }
}

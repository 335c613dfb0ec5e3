package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.DeadlineApproaching;
import org.fengqiao.events.petition.v1.DeadlineBreached;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.petition.TestClock;
import org.fengqiao.petition.deadline.OpenDeadline;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The deadline scan over open work orders, driven by the test clock. */
@PetitionIT
class WorkOrderDeadlineScanIT {

    private static final String ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"枫源村村口路灯不亮。","category":"help","urgency":"normal"}""";
    private static final String FENGQIAO = "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\"}";

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    WorkOrderDeadlineScan scan;
    @Autowired
    WorkOrderDeadlines deadlines;
    @Autowired
    ReactiveMongoTemplate mongo;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION);
    }

    @AfterEach
    void stopListening() {
        clock.reset();
        events.close();
    }

    @Test
    void anOpenOrderIsAnnouncedDueSoonAndThenOverdueOnceEach() {
        String id = dispatched();
        Instant dueAt = dueAt(id);
        Instant dueSoon = deadlines.approachingAt(dueAt, 1);

        clock.set(dueSoon.minusSeconds(60));
        scan.scan().block();
        assertThat(entry(id).fired()).isEmpty();

        clock.set(dueSoon.plusSeconds(60));
        scan.scan().block();
        scan.scan().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> deadlineEvents(id).size() >= 1);

        clock.set(dueAt.plusSeconds(60));
        scan.scan().block();
        scan.scan().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> deadlineEvents(id).size() >= 2);
        scan.scan().block();

        // The order's own events come from another document; the last one shows the relay has caught up.
        act(id, "claim", TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains("work-order.claimed"));
        List<ConsumerRecord<String, String>> deadlineEvents = deadlineEvents(id);
        assertThat(deadlineEvents).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("deadline.approaching", "deadline.breached");
        DeadlineApproaching approaching = (DeadlineApproaching) payload(deadlineEvents.get(0));
        assertThat(approaching.dueAt()).isEqualTo(dueAt);
        assertThat(approaching.holder()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(approaching.workingDaysBefore()).isEqualTo(1);
        assertThat(approaching.caseType()).isEqualTo("work-order");
        DeadlineBreached breached = (DeadlineBreached) payload(deadlineEvents.get(1));
        assertThat(breached.dueAt()).isEqualTo(dueAt);
        assertThat(breached.at()).isAfter(dueAt);
    }

    @Test
    void anOrderFoundAlreadyOverdueIsOnlyAnnouncedOverdue() {
        String id = dispatched();

        clock.set(dueAt(id).plusSeconds(3600));
        scan.scan().block();

        await().atMost(Duration.ofSeconds(20)).until(() -> deadlineEvents(id).size() >= 1);
        scan.scan().block();
        act(id, "claim", TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains("work-order.claimed"));
        assertThat(deadlineEvents(id)).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("deadline.breached");
    }

    @Test
    void aRepliedOrderIsNoLongerWatched() {
        String id = dispatched();
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        act(id, "claim", fengqiao).expectStatus().isOk();
        act(id, "reply", fengqiao, "{\"reply\":\"已修复\"}").expectStatus().isOk();

        clock.set(dueAt(id).plusSeconds(3600));
        scan.scan().block();

        assertThat(mongo.findById(WorkOrderDeadlineTracker.idOf(id), OpenDeadline.class, OpenDeadline.COLLECTION)
                .block()).isNull();
        act(id, "review", TestTokens.countyDispatcher(), "{\"approved\":true}").expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains("work-order.reviewed"));
        assertThat(deadlineEvents(id)).isEmpty();
    }

    private String dispatched() {
        String id = web.post().uri("/api/work-orders")
                .headers(headers -> headers.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ORDER.formatted("ZJ-DUE-" + UUID.randomUUID().toString().substring(0, 12)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        act(id, "dispatch", TestTokens.countyDispatcher(), FENGQIAO).expectStatus().isOk();
        return id;
    }

    private Instant dueAt(String id) {
        return Instant.parse(web.get().uri("/api/work-orders/{id}", id)
                .headers(headers -> headers.setBearerAuth(TestTokens.countyDispatcher())).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("dueAt").asString());
    }

    private OpenDeadline entry(String id) {
        return mongo.findById(WorkOrderDeadlineTracker.idOf(id), OpenDeadline.class, OpenDeadline.COLLECTION).block();
    }

    private WebTestClient.ResponseSpec act(String id, String action, String token) {
        return web.post().uri("/api/work-orders/{id}/" + action, id)
                .headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec act(String id, String action, String token, String json) {
        return web.post().uri("/api/work-orders/{id}/" + action, id)
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private List<String> types(String id) {
        return events.withKey(id).stream().map(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .toList();
    }

    private List<ConsumerRecord<String, String>> deadlineEvents(String id) {
        return events.withKey(id).stream()
                .filter(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE).startsWith("deadline."))
                .toList();
    }

    private static Object payload(ConsumerRecord<String, String> record) {
        return EventJson.standard().read(new EventTypeId(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE),
                Integer.parseInt(RecordingConsumer.header(record, EventHeaders.EVENT_VERSION))), record.value());
    }
}

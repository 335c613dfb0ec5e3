package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.petition.petition.PetitionApi.ok;
import static org.fengqiao.petition.petition.PetitionApi.payload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.DeadlineApproaching;
import org.fengqiao.events.petition.v1.DeadlineBreached;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.petition.TestClock;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Petition deadlines in the periodic scan, driven by the test clock. */
@PetitionIT
class PetitionDeadlineScanIT {

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @Autowired
    PetitionDeadlineScan scan;
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
    void reset() {
        clock.reset();
        events.close();
    }

    @Test
    void theAcceptanceDeadlineIsAnnouncedAtEachThresholdAndOverdueOnceEach() {
        JsonNode registered = api.registered(PetitionApi.visit());
        String id = registered.get("id").asString();
        Instant dueAt = Instant.parse(registered.get("acceptDueAt").asString());

        clock.set(deadlines.approachingAt(dueAt, 3).plusSeconds(60));
        scan.scan().block();
        scan.scan().block();
        clock.set(deadlines.approachingAt(dueAt, 1).plusSeconds(60));
        scan.scan().block();
        clock.set(dueAt.plusSeconds(60));
        scan.scan().block();
        scan.scan().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> deadlineEvents(id).size() >= 3);

        // Accepting closes the accept stage and opens the reply stage; the accepted event shows the relay caught up.
        ok(api.act(id, "accept", TestTokens.countyDispatcher(), null));
        scan.scan().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).stream().anyMatch(record ->
                RecordingConsumer.header(record, EventHeaders.EVENT_TYPE).equals("petition.accepted")));
        List<ConsumerRecord<String, String>> alerts = deadlineEvents(id);
        assertThat(alerts).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("deadline.approaching", "deadline.approaching", "deadline.breached");
        DeadlineApproaching threeDays = (DeadlineApproaching) payload(alerts.get(0));
        assertThat(threeDays.caseType()).isEqualTo("petition");
        assertThat(threeDays.stage()).isEqualTo("accept");
        assertThat(threeDays.workingDaysBefore()).isEqualTo(3);
        assertThat(threeDays.caseNumber()).isEqualTo(registered.get("number").asString());
        assertThat(threeDays.holder()).isEqualTo("330681");
        assertThat(((DeadlineApproaching) payload(alerts.get(1))).workingDaysBefore()).isEqualTo(1);
        DeadlineBreached breached = (DeadlineBreached) payload(alerts.get(2));
        assertThat(breached.dueAt()).isEqualTo(dueAt);
        assertThat(breached.jurisdiction()).isEqualTo(PetitionApi.VILLAGE);
    }

    @Test
    void aReplyDeadlineFoundAlreadyOverdueIsOnlyAnnouncedOverdueAndAReplyEndsTheWatch() {
        String id = api.atFengqiao();
        Instant replyDueAt = Instant.parse(api.get(id).get("replyDueAt").asString());

        clock.set(replyDueAt.plusSeconds(3600));
        scan.scan().block();
        await().atMost(Duration.ofSeconds(20)).until(() -> deadlineEvents(id).size() >= 1);
        api.repliedByFengqiao(id);
        clock.set(replyDueAt.plus(Duration.ofDays(40)));
        scan.scan().block();
        ok(api.act(id, "close", TestTokens.countyDispatcher(), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).stream().anyMatch(record ->
                RecordingConsumer.header(record, EventHeaders.EVENT_TYPE).equals("petition.closed")));

        List<ConsumerRecord<String, String>> alerts = deadlineEvents(id);
        assertThat(alerts).extracting(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("deadline.breached");
        assertThat(((DeadlineBreached) payload(alerts.get(0))).stage()).isEqualTo("reply");
        assertThat(((DeadlineBreached) payload(alerts.get(0))).holder()).isEqualTo("330681101");
    }

    private List<ConsumerRecord<String, String>> deadlineEvents(String id) {
        return events.withKey(id).stream()
                .filter(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE).startsWith("deadline."))
                .toList();
    }
}

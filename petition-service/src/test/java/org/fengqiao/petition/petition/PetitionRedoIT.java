package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.petition.petition.PetitionApi.ok;
import static org.fengqiao.petition.petition.PetitionApi.payload;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.PetitionReopened;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.petition.deadline.OpenDeadline;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestKafka;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** 重办 of a petition from survey-service: a substantive 不满意 at the return visit sends a replied petition back once. */
@PetitionIT
class PetitionRedoIT {

    private static final String REOPENED = "petition.reopened";

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    private PetitionApi api;
    private RecordingConsumer events;
    private TestEventPublisher publisher;

    @BeforeEach
    void setUp() {
        api = new PetitionApi(web);
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION,
                Topics.deadLetter(Topics.SURVEY));
        publisher = TestEventPublisher.toSharedBroker();
    }

    @AfterEach
    void tearDown() {
        events.close();
        publisher.close();
    }

    @Test
    void aDissatisfactionDeliveredTwiceSendsTheRepliedPetitionBackToTheReplyingUnitOnce() {
        String id = api.atFengqiao();
        api.repliedByFengqiao(id);
        String marker = api.atFengqiao();
        api.repliedByFengqiao(marker);
        // One key for every record: they share a partition, so the marker is handled after the others.
        String key = "petition:" + id + ":" + UUID.randomUUID();
        ReturnVisitDissatisfied visit = dissatisfied(id, "补偿款至今没有补发");
        UUID eventId = UUID.randomUUID();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publisher.publish(visit, key, visit.jurisdiction(), eventId);
        publisher.publish(visit, key, visit.jurisdiction(), eventId);
        ReturnVisitDissatisfied last = dissatisfied(marker, null);
        publisher.publish(last, key, last.jurisdiction());

        await().atMost(Duration.ofSeconds(30)).until(() -> "reopened".equals(api.get(marker).get("state").asString()));
        JsonNode petition = api.get(id);
        assertThat(petition.get("state").asString()).isEqualTo("reopened");
        assertThat(petition.get("holder").asString()).isEqualTo(DemoDivisions.FENGQIAO);
        Instant replyDueAt = Instant.parse(petition.get("replyDueAt").asString());
        // A fresh 60 calendar days from the redo, not the first round's deadline.
        assertThat(replyDueAt).isAfter(before.plus(Duration.ofDays(59)));
        JsonNode timeline = api.getJson("/api/petitions/" + id + "/timeline", TestTokens.countyDispatcher());
        JsonNode entry = timeline.get(timeline.size() - 1);
        assertThat(entry.get("action").asString()).isEqualTo("reopened");
        assertThat(entry.get("note").asString()).isEqualTo("回访不满意（实质性）：补偿款至今没有补发");
        assertThat(timeline).filteredOn(step -> "reopened".equals(step.get("action").asString())).hasSize(1);

        // The reply deadline is tracked again, at the unit that replied.
        OpenDeadline tracked = mongo.findById(OpenDeadline.idOf(id, "reply"),
                OpenDeadline.class, OpenDeadline.COLLECTION).block();
        assertThat(tracked.open()).isTrue();
        assertThat(tracked.dueAt()).isEqualTo(replyDueAt);
        assertThat(tracked.holder()).isEqualTo(DemoDivisions.FENGQIAO);

        // The handling unit can reply again.
        assertThat(api.repliedByFengqiao(id).get("state").asString()).isEqualTo("replied");

        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(marker).stream().anyMatch(this::reopened));
        assertThat(events.withKey(id)).filteredOn(this::reopened).singleElement()
                .satisfies(record -> {
                    PetitionReopened reopened = (PetitionReopened) payload(record);
                    assertThat(reopened.state()).isEqualTo("reopened");
                    assertThat(reopened.holder()).isEqualTo(DemoDivisions.FENGQIAO);
                    assertThat(reopened.returnVisitId()).isEqualTo(visit.returnVisitId());
                    assertThat(reopened.replyDueAt()).isEqualTo(replyDueAt);
                    assertThat(reopened.by()).isEqualTo("survey-service");
                });
        assertThat(events.records(Topics.deadLetter(Topics.SURVEY))).noneMatch(record -> key.equals(record.key()));
    }

    @Test
    void aPetitionNotInTheRepliedStateIsSkippedWithoutADeadLetter() {
        String handling = api.atFengqiao();
        String closed = api.atFengqiao();
        api.repliedByFengqiao(closed);
        ok(api.act(closed, "close", TestTokens.countyDispatcher(), "{\"note\":\"信访人接受答复\"}"));
        String marker = api.atFengqiao();
        api.repliedByFengqiao(marker);
        String key = "petition:" + handling + ":" + UUID.randomUUID();
        for (ReturnVisitDissatisfied visit : new ReturnVisitDissatisfied[] {dissatisfied(handling, "还没答复就回访"),
                dissatisfied(closed, "已办结"), dissatisfied("000000000000000000000000", "查无此件"),
                dissatisfied(marker, "标记")}) {
            publisher.publish(visit, key, visit.jurisdiction());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "reopened".equals(api.get(marker).get("state").asString()));
        assertThat(api.get(handling).get("state").asString()).isEqualTo("assigned");
        assertThat(api.get(closed).get("state").asString()).isEqualTo("closed");
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(marker).stream().anyMatch(this::reopened));
        assertThat(events.withKey(handling)).noneMatch(this::reopened);
        assertThat(events.withKey(closed)).noneMatch(this::reopened);
        assertThat(events.records(Topics.deadLetter(Topics.SURVEY))).noneMatch(record -> key.equals(record.key()));
    }

    private boolean reopened(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return REOPENED.equals(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE));
    }

    private ReturnVisitDissatisfied dissatisfied(String petitionId, String comment) {
        return new ReturnVisitDissatisfied("petition:" + petitionId + ":" + UUID.randomUUID(), "petition", petitionId,
                "XF-TEST", PetitionApi.VILLAGE, comment, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}

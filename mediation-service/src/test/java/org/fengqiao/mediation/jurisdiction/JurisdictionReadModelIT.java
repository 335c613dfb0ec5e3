package org.fengqiao.mediation.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.mediation.MediationIT;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@MediationIT
class JurisdictionReadModelIT {

    private static final EventJson JSON = EventJson.standard();
    private static final Set<String> GROUPS = Set.of("mediation-service", "mediation-service-jurisdictions");

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    private final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();
    private final Admin admin = Admin.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers()));
    private RecordingConsumer deadLetters;

    @BeforeEach
    void watchDeadLetters() {
        deadLetters = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.deadLetter(Topics.GRID));
    }

    @AfterEach
    void close() {
        publisher.close();
        admin.close();
        deadLetters.close();
    }

    @Test
    void redeliveredAndOutOfOrderAnnouncementsConvergeAndAReplayFromScratchRebuildsTheSameModel() {
        // A county of its own (codes no other test uses), so this test owns every entry under its prefix.
        String county = "9" + ThreadLocalRandom.current().nextInt(10000, 99999);
        String township = county + "101";
        String village = township + "201";
        String grid = village + "01";
        List<JurisdictionChanged> history = List.of(
                change(county, "测试县", "county", null, 0),
                change(township, "甲镇", "township", county, 0),
                change(village, "旧名村", "village", township, 0),
                change(grid, "旧名村第1网格", "grid", village, 0),
                change(village, "新名村", "village", township, 1),
                change(grid, "新名村第1网格", "grid", village, 1),
                change(village, "更新名村", "village", township, 2),
                // Stale: an older revision redelivered after the newer ones.
                change(village, "新名村", "village", township, 1),
                change(grid, "旧名村第1网格", "grid", village, 0));
        Map<String, String> expected = Map.of(county, "测试县", township, "甲镇", village, "更新名村",
                grid, "新名村第1网格");

        for (int round = 0; round < 2; round++) {
            history.forEach(this::publish);
        }
        // Another grid type on the same topic, with a payload neither listener could read: skipped by both.
        String noiseKey = grid;
        publishRaw(noiseKey, "grid.patrol-overdue", "not a payload anyone here reads");
        awaitAllConsumed();

        assertThat(model(county)).isEqualTo(expected);
        assertThat(revisionOf(village)).isEqualTo(2);
        assertThat(deadLetters.withKey(noiseKey)).isEmpty();

        // Replay from the beginning: an empty model fed the same history in the same order.
        mongo.remove(new Query(), KnownJurisdiction.COLLECTION).block();
        assertThat(model(county)).isEmpty();
        history.forEach(this::publish);
        awaitAllConsumed();

        assertThat(model(county)).isEqualTo(expected);
        assertThat(deadLetters.withKey(noiseKey)).isEmpty();
    }

    @Test
    void disputeViewsShowTheUnitNamesOnceGridServiceHasAnnouncedThem() {
        publish(change(DemoDivisions.FENGYUAN, "枫源村", "village", DemoDivisions.FENGQIAO, 0));
        publish(change(DemoDivisions.FENGQIAO, "枫桥镇", "township", DemoDivisions.COUNTY, 0));
        awaitAllConsumed();

        JsonNode dispute = web.post().uri("/api/disputes")
                .headers(h -> h.setBearerAuth(TestTokens.mediatorOf(DemoDivisions.FENGYUAN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"source":"walk_in","type":"neighbour","summary":"邻里排水沟纠纷","reference":"%s",
                         "parties":[{"name":"陈某","role":"applicant"},{"name":"王某","role":"respondent"}],
                         "peopleInvolved":2,"address":"枫源村3组","jurisdiction":"%s"}""".formatted(UUID.randomUUID(),
                        DemoDivisions.FENGYUAN))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(dispute.get("jurisdictionName").asString()).isEqualTo("枫源村");
        assertThat(dispute.get("handlingUnitName").asString()).isEqualTo("枫源村");

        JsonNode agenda = web.get().uri("/api/meetings/agenda")
                .headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO))).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(agenda.get("jurisdictionName").asString()).isEqualTo("枫桥镇");
        JsonNode item = null;
        for (JsonNode candidate : agenda.get("byRisk")) {
            if (dispute.get("id").asString().equals(candidate.get("disputeId").asString())) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("jurisdictionName").asString()).isEqualTo("枫源村");
    }

    private static JurisdictionChanged change(String code, String name, String tier, String parent, long revision) {
        JurisdictionChanged sample = GoldenSamples.read(JSON, JurisdictionChanged.class);
        return new JurisdictionChanged(code, name, tier, parent, sample.centreLatitude(), sample.centreLongitude(),
                sample.hasBoundary(), revision == 0 ? "created" : "updated", revision, sample.changedBy(),
                sample.changedAt().plusSeconds(revision));
    }

    private void publish(JurisdictionChanged change) {
        publisher.publish(change, change.code(), change.code().substring(0, 6));
    }

    private void publishRaw(String key, String type, String payload) {
        publisher.publishRaw(Topics.GRID, new EventTypeId(type, 1), key, key.substring(0, 6), UUID.randomUUID(),
                payload);
    }

    /** Both listeners of grid.events.v1 have committed everything published so far. */
    private void awaitAllConsumed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(List.of(Topics.GRID)).allTopicNames().get().get(Topics.GRID).partitions()
                    .forEach(info -> partitions.add(new TopicPartition(Topics.GRID, info.partition())));
            Map<TopicPartition, Long> ends = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::partition));
            for (var entry : admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet()) {
                ends.put(entry.getKey(), entry.getValue().offset());
            }
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    long position = at == null ? 0 : at.offset();
                    if (position < end.getValue()) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    private Map<String, String> model(String county) {
        return mongo.find(Query.query(Criteria.where("_id").regex("^" + county)), KnownJurisdiction.class)
                .collectMap(KnownJurisdiction::code, KnownJurisdiction::name).block();
    }

    private long revisionOf(String code) {
        return mongo.findById(code, KnownJurisdiction.class).map(KnownJurisdiction::revision).block();
    }
}

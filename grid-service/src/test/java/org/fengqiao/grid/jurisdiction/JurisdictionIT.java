package org.fengqiao.grid.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.grid.GridIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
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

@GridIT
class JurisdictionIT {

    private static final EventTypeId CHANGED = new EventTypeId("jurisdiction.changed", 1);

    @Autowired
    WebTestClient web;
    @Autowired
    DemoCountySeed seed;
    @Autowired
    ReactiveMongoTemplate mongo;

    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.GRID);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void theDemoCountyIsSeededAsATreeWithTwoBoundedGridsPerVillage() {
        JsonNode county = get("/api/jurisdictions/330681", TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(county.get("name").asString()).isEqualTo("诸暨市");
        assertThat(county.get("tier").asString()).isEqualTo("county");
        assertThat(codes(children(DemoDivisions.COUNTY)))
                .containsExactly(DemoDivisions.FENGQIAO, DemoDivisions.ZHAOJIA, DemoDivisions.DONGBAIHU);
        assertThat(codes(children(DemoDivisions.ZHAOJIA)))
                .containsExactly(DemoDivisions.ZHAOJIACUN, DemoDivisions.XUANJIASHAN, DemoDivisions.QUANFAN);
        for (String village : List.of(DemoDivisions.FENGYUAN, DemoDivisions.XUANJIASHAN, DemoDivisions.DONGXI)) {
            JsonNode grids = children(village);
            assertThat(codes(grids)).containsExactly(village + "01", village + "02");
            grids.forEach(grid -> {
                assertThat(grid.get("tier").asString()).isEqualTo("grid");
                assertThat(grid.get("boundary").get("type").asString()).isEqualTo("Polygon");
                assertThat(grid.get("centre").get("latitude").asDouble()).isBetween(29.6, 29.9);
            });
        }
    }

    @Test
    void seedingAgainCreatesAndAnnouncesNothing() {
        // The start-up seed's own announcements must be out before we listen for new ones.
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(
                Query.query(Criteria.where("outbox.0").exists(true)), Division.COLLECTION).block() == 0);
        try (RecordingConsumer afterSeed = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.GRID)) {
            seed.afterSingletonsInstantiated();

            String code = DemoDivisions.SIZHAI + "03";
            create(code, "斯宅村第3网格").expectStatus().isCreated();
            await().atMost(Duration.ofSeconds(20)).until(() -> afterSeed.withKey(code).size() == 1);
            assertThat(afterSeed.withKey(DemoDivisions.COUNTY)).isEmpty();
            assertThat(afterSeed.withKey(DemoDivisions.FENGYUAN_GRID_1)).isEmpty();
        }
        assertThat(mongo.count(new Query(), Division.COLLECTION).block()).isGreaterThanOrEqualTo(31);
    }

    @Test
    void anAdminCreatesAGridThenRenamesItAndEachChangeIsAnnouncedOnce() {
        String code = DemoDivisions.CHENJIA + "03";
        JsonNode created = create(code, "陈家村第3网格").expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/jurisdictions/" + code)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(created.get("tier").asString()).isEqualTo("grid");
        assertThat(created.get("parentCode").asString()).isEqualTo(DemoDivisions.CHENJIA);
        create(code, "重复").expectStatus().isEqualTo(409);

        put(code, TestTokens.countyAdmin(), """
                {"name":"陈家村北网格","centre":{"latitude":29.73,"longitude":120.465}}""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("陈家村北网格").jsonPath("$.revision").isEqualTo(1);

        List<ConsumerRecord<String, String>> announced = awaitEventsFor(code, 2);
        JurisdictionChanged first = read(announced.get(0));
        JurisdictionChanged second = read(announced.get(1));
        assertThat(RecordingConsumer.header(announced.get(0), EventHeaders.EVENT_TYPE)).isEqualTo("jurisdiction.changed");
        assertThat(first.change()).isEqualTo("created");
        assertThat(first.hasBoundary()).isTrue();
        assertThat(first.changedBy()).isEqualTo("county-admin");
        assertThat(second.change()).isEqualTo("updated");
        assertThat(second.name()).isEqualTo("陈家村北网格");
        assertThat(second.revision()).isEqualTo(1);
        assertThat(second.hasBoundary()).isFalse();
        assertThat(second.centreLongitude()).isEqualTo(120.465);
    }

    @Test
    void onlyAdminsChangeTheTreeAndBadInputIsAProblemDetail() {
        put(DemoDivisions.FENGYUAN, TestTokens.countyLeader(), "{\"name\":\"改名\"}").expectStatus().isForbidden();
        post(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN),
                "{\"code\":\"" + DemoDivisions.FENGYUAN + "05\",\"name\":\"私建网格\"}").expectStatus().isForbidden();

        post(TestTokens.countyAdmin(), "{\"code\":\"12345\",\"name\":\"坏代码\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        post(TestTokens.countyAdmin(), """
                {"code":"%s06","name":"未闭合","boundary":{"type":"Polygon","coordinates":[[[120.4,29.7],[120.5,29.7],[120.5,29.8],[120.4,29.8]]]}}"""
                .formatted(DemoDivisions.FENGYUAN))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("boundary");
        post(TestTokens.countyAdmin(), "{\"code\":\"33068110129901\",\"name\":\"无上级\"}")
                .expectStatus().isNotFound();
        post(TestTokens.countyAdmin(), "{\"code\":\"" + DemoDivisions.FENGYUAN + "07\",\"name\":\"\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        get("/api/jurisdictions/330681999", TestTokens.countyAdmin()).expectStatus().isNotFound();
        get("/api/jurisdictions/abc", TestTokens.countyAdmin()).expectStatus().isBadRequest();
    }

    @Test
    void aGridCreatedByAnAdminTakesFieldReportsInsideItsBoundary() {
        String code = DemoDivisions.QUANFAN + "03";
        create(code, "泉畈村第3网格").expectStatus().isCreated();

        String report = """
                {"clientReportId":"new-grid-%s","type":"information","title":"新网格上报","description":"测试",
                 "gridCode":"%s","latitude":%s,"longitude":%s,"occurredAt":"2026-01-01T00:00:00Z","urgency":"normal"}""";
        web.post().uri("/api/field-reports").headers(h -> h.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.QUANFAN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report.formatted(1, code, 29.77, 120.52)).exchange()
                .expectStatus().isCreated();
        web.post().uri("/api/field-reports").headers(h -> h.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.QUANFAN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report.formatted(2, code, 29.70, 120.52)).exchange()
                .expectStatus().isEqualTo(422);
    }

    @Test
    void anAdminImportsACsvWithPerRowResultsAndEachChangeIsAnnouncedOnce() {
        String grid = DemoDivisions.DONGXI + "03";
        String village = "330681103299";
        String villageGrid = village + "01";
        String seededName = get("/api/jurisdictions/" + DemoDivisions.FENGYUAN_GRID_1, TestTokens.countyAdmin())
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("name").asString();
        String csv = String.join("\n", "code,name,parent",
                grid + ",东溪村第3网格," + DemoDivisions.DONGXI,
                DemoDivisions.FENGYUAN_GRID_1 + "," + seededName,
                village + ",\"测试村, 东白湖镇\"",
                villageGrid + ",测试村第1网格," + village,
                "12345,坏代码",
                DemoDivisions.DONGXI + "04,",
                DemoDivisions.DONGXI + "05,错挂网格," + DemoDivisions.CHENJIA,
                "33068110329801,孤立网格",
                DemoDivisions.DONGXI + "06",
                "");

        importCsv(TestTokens.countyAdmin(), csv).expectStatus().isOk().expectBody()
                .jsonPath("$.received").isEqualTo(9)
                .jsonPath("$.created").isEqualTo(3).jsonPath("$.unchanged").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(5)
                .jsonPath("$.results[0].line").isEqualTo(2).jsonPath("$.results[0].outcome").isEqualTo("created")
                .jsonPath("$.results[1].outcome").isEqualTo("unchanged")
                .jsonPath("$.results[2].outcome").isEqualTo("created")
                .jsonPath("$.results[3].outcome").isEqualTo("created")
                .jsonPath("$.results[4].reason").isEqualTo("invalid_code")
                .jsonPath("$.results[5].reason").isEqualTo("invalid_name")
                .jsonPath("$.results[6].reason").isEqualTo("parent_mismatch")
                .jsonPath("$.results[7].reason").isEqualTo("unknown_parent")
                .jsonPath("$.results[8].reason").isEqualTo("invalid_row");
        get("/api/jurisdictions/" + village, TestTokens.countyAdmin()).expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("测试村, 东白湖镇").jsonPath("$.tier").isEqualTo("village");
        get("/api/jurisdictions/" + DemoDivisions.DONGXI + "05", TestTokens.countyAdmin()).expectStatus().isNotFound();

        importCsv(TestTokens.countyAdmin(), grid + ",东溪村北网格\n" + village + ",\"测试村, 东白湖镇\"\n")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.results[0].outcome").isEqualTo("updated")
                .jsonPath("$.results[1].outcome").isEqualTo("unchanged");

        List<ConsumerRecord<String, String>> gridEvents = awaitEventsFor(grid, 2);
        assertThat(read(gridEvents.get(0)).change()).isEqualTo("created");
        assertThat(read(gridEvents.get(1)).change()).isEqualTo("updated");
        assertThat(read(gridEvents.get(1)).name()).isEqualTo("东溪村北网格");
        assertThat(read(gridEvents.get(1)).changedBy()).isEqualTo("county-admin");
        awaitEventsFor(villageGrid, 1);
        assertThat(events.withKey(grid)).hasSize(2);
        assertThat(events.withKey(village)).hasSize(1);
        assertThat(events.withKey(DemoDivisions.FENGYUAN_GRID_1)).isEmpty();
    }

    @Test
    void onlyAdminsImportWithinTheirJurisdictionAndAnEmptyFileIsAProblemDetail() {
        String row = DemoDivisions.DONGXI + "07,东溪村第7网格\n";
        importCsv(TestTokens.handlerOf(DemoDivisions.DONGBAIHU), row).expectStatus().isForbidden();
        importCsv(TestTokens.token("admin-fengqiao", "枫桥镇管理员", DemoDivisions.FENGQIAO,
                org.fengqiao.platform.security.Role.ADMIN), row)
                .expectStatus().isOk().expectBody().jsonPath("$.results[0].reason").isEqualTo("outside_jurisdiction");
        importCsv(TestTokens.countyAdmin(), "code,name,parent\n")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("csv");
        web.post().uri("/api/jurisdictions/import").headers(h -> h.setBearerAuth(TestTokens.countyAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415);
        get("/api/jurisdictions/" + DemoDivisions.DONGXI + "07", TestTokens.countyAdmin()).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec importCsv(String token, String csv) {
        return web.post().uri("/api/jurisdictions/import").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).bodyValue(csv).exchange();
    }

    private WebTestClient.ResponseSpec create(String code, String name) {
        // A small square around 29.77N 120.52E, inside 赵家镇 泉畈村's demo area for the field-report test.
        return post(TestTokens.countyAdmin(), """
                {"code":"%s","name":"%s","boundary":{"type":"Polygon","coordinates":[[[120.51,29.76],[120.53,29.76],[120.53,29.78],[120.51,29.78],[120.51,29.76]]]},
                 "centre":{"latitude":29.77,"longitude":120.52}}""".formatted(code, name));
    }

    private WebTestClient.ResponseSpec post(String token, String json) {
        return web.post().uri("/api/jurisdictions").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec put(String code, String token, String json) {
        return web.put().uri("/api/jurisdictions/{code}", code).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private JsonNode children(String code) {
        return get("/api/jurisdictions/" + code + "/children", TestTokens.handlerOf(DemoDivisions.FENGQIAO))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> codes(JsonNode divisions) {
        List<String> codes = new ArrayList<>();
        divisions.forEach(division -> codes.add(division.get("code").asString()));
        return codes;
    }

    private static JurisdictionChanged read(ConsumerRecord<String, String> record) {
        return (JurisdictionChanged) EventJson.standard().read(CHANGED, record.value());
    }

    private List<ConsumerRecord<String, String>> awaitEventsFor(String code, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(code).size() >= count);
        return events.withKey(code);
    }
}

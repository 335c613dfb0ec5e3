package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
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
class FieldReportIT {

    /** Inside grid 01 of 枫源村 (west half of the village's demo rectangle). */
    private static final double GRID_1_LAT = 29.7152;
    private static final double GRID_1_LON = 120.4231;
    /** Inside grid 02 of 枫源村. */
    private static final double GRID_2_LON = 120.4412;
    private static final String FENGYUAN_GRID_2 = DemoDivisions.FENGYUAN + "02";
    private static final String CHENJIA_GRID_1 = DemoDivisions.CHENJIA + "01";

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    private RecordingConsumer events;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.GRID);
    }

    @AfterEach
    void stopListening() {
        events.close();
    }

    @Test
    void aBatchResentThreeTimesYieldsOneSetOfReportsAndOneEventEach() {
        String batch = batch(
                report(run + "-a", "safety_hazard", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)),
                report(run + "-b", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(3)),
                report(run + "-c", "environment", FENGYUAN_GRID_2, hoursAgo(2)).replace(
                        String.valueOf(GRID_1_LON), String.valueOf(GRID_2_LON)));

        JsonNode first = sync(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), batch);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        List<String> ids = reportIds(first);
        for (int resend = 0; resend < 2; resend++) {
            JsonNode again = sync(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), batch);
            assertThat(again.get("created").asInt()).isZero();
            assertThat(again.get("duplicates").asInt()).isEqualTo(3);
            assertThat(reportIds(again)).isEqualTo(ids);
        }

        assertThat(storedWithClientIdPrefix(run)).isEqualTo(3);
        ids.forEach(id -> awaitEventsFor(id, 1));
        String marker = submitted(report(run + "-marker", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)));
        awaitEventsFor(marker, 1);
        ids.forEach(id -> assertThat(events.withKey(id)).hasSize(1));
    }

    @Test
    void aBatchWithBadItemsStoresTheValidOnesAndExplainsEachBadOne() {
        String batch = batch(
                report(run + "-ok1", "public_order", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(2)),
                report(run + "-bad", "gossip", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(2)),
                report(run + "-far", "information", CHENJIA_GRID_1, hoursAgo(2)),
                report(run + "-empty", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(2))
                        .replace("\"peopleInvolved\":2", "\"peopleInvolved\":-1"),
                report(run + "-ok2", "infrastructure", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)));

        JsonNode result = sync(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), batch);

        assertThat(result.get("received").asInt()).isEqualTo(5);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("rejected").asInt()).isEqualTo(3);
        JsonNode items = result.get("results");
        assertThat(items.get(0).get("outcome").asString()).isEqualTo("created");
        assertThat(items.get(1).get("outcome").asString()).isEqualTo("rejected");
        assertThat(items.get(1).get("reason").asString()).isEqualTo("invalid");
        assertThat(items.get(1).get("clientReportId").asString()).isEqualTo(run + "-bad");
        assertThat(items.get(1).get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(items.get(2).get("reason").asString()).isEqualTo("outside_jurisdiction");
        assertThat(items.get(2).get("detail").asString()).contains(CHENJIA_GRID_1);
        assertThat(items.get(3).get("errors").get(0).get("field").asString()).isEqualTo("peopleInvolved");
        assertThat(items.get(4).get("outcome").asString()).isEqualTo("created");
        assertThat(storedWithClientIdPrefix(run + "-ok")).isEqualTo(2);
        assertThat(storedWithClientIdPrefix(run + "-bad") + storedWithClientIdPrefix(run + "-far")
                + storedWithClientIdPrefix(run + "-empty")).isZero();
    }

    @Test
    void aWorkerCannotFileInAnotherVillagesGridNorReadItsReports() {
        post(TestTokens.gridWorkerOf(DemoDivisions.CHENJIA),
                report(run + "-x", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("outside_jurisdiction");
        String id = submitted(report(run + "-own", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)));

        read(id, TestTokens.gridWorkerOf(DemoDivisions.CHENJIA)).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        read(id, TestTokens.handlerOf(DemoDivisions.ZHAOJIA)).expectStatus().isNotFound();
        read(id, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)).expectStatus().isOk();
        read(id, TestTokens.handlerOf(DemoDivisions.FENGQIAO)).expectStatus().isOk();
        read(id, TestTokens.countyLeader()).expectStatus().isOk();
        assertThat(listIds(TestTokens.gridWorkerOf(DemoDivisions.CHENJIA), "")).doesNotContain(id);
        assertThat(listIds(TestTokens.handlerOf(DemoDivisions.FENGQIAO), "")).contains(id);
        assertThat(listIds(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), "?mine=true")).contains(id);
        list(TestTokens.gridWorkerOf(DemoDivisions.CHENJIA), "?within=" + DemoDivisions.FENGYUAN)
                .expectStatus().isNotFound();
        post(TestTokens.handlerOf(DemoDivisions.FENGQIAO),
                report(run + "-h", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)))
                .expectStatus().isForbidden();
    }

    @Test
    void badInputIsAProblemDetailAndStoresNothing() {
        String token = TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN);
        post(token, """
                {"clientReportId":"%s-bad1","type":"information","title":"","description":"x",
                 "gridCode":"123","latitude":95,"longitude":120.4,"occurredAt":"%s","urgency":"normal",
                 "peopleInvolved":-1}""".formatted(run, hoursAgo(1)))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'title')]").exists()
                .jsonPath("$.errors[?(@.field == 'gridCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'latitude')]").exists()
                .jsonPath("$.errors[?(@.field == 'peopleInvolved')]").exists();
        post(token, report(run + "-bad2", "gossip", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        post(token, report(run + "-bad3", "information", DemoDivisions.FENGYUAN_GRID_1,
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.reason").isEqualTo("invalid")
                .jsonPath("$.errors[0].field").isEqualTo("occurredAt");
        post(token, report(run + "-bad4", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1))
                .replace("\"handledOnSpot\":false", "\"handledOnSpot\":true"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("result");
        post(token, "{\"clientReportId\": {\"$gt\": \"\"}}").expectStatus().isBadRequest();
        sync(token, "{\"reports\": []}", 400);

        assertThat(storedWithClientIdPrefix(run)).isZero();
    }

    @Test
    void aDisputeSignIsPublishedOnceHoweverOftenItIsSent() {
        String json = report(run + "-dispute", "dispute_sign", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1));
        JsonNode created = post(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), json)
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/field-reports/[0-9a-f]{24}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("forwarded");
        assertThat(created.get("locationCheck").asString()).isEqualTo("inside");
        JsonNode again = post(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), json).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(again.get("id").asString()).isEqualTo(id);
        sync(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), batch(json));

        ConsumerRecord<String, String> record = awaitEventsFor(id, 1).get(0);
        assertThat(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("field-report.submitted");
        assertThat(RecordingConsumer.header(record, EventHeaders.JURISDICTION)).isEqualTo(DemoDivisions.FENGYUAN);
        FieldReportSubmitted payload = (FieldReportSubmitted) EventJson.standard()
                .read(new EventTypeId("field-report.submitted", 1), record.value());
        assertThat(payload.type()).isEqualTo("dispute_sign");
        assertThat(payload.clientReportId()).isEqualTo(run + "-dispute");
        assertThat(payload.gridCode()).isEqualTo(DemoDivisions.FENGYUAN_GRID_1);
        assertThat(payload.reporter()).isEqualTo("gridworker-fengyuan");
        assertThat(payload.reporterName()).isEqualTo("枫源村网格员");
        String marker = submitted(report(run + "-marker", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)));
        awaitEventsFor(marker, 1);
        assertThat(events.withKey(id)).hasSize(1);
    }

    @Test
    void aPositionOutsideTheGridIsRejectedAndAnUnknownGridToo() {
        String token = TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN);
        post(token, report(run + "-out", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1))
                .replace(String.valueOf(GRID_1_LON), String.valueOf(GRID_2_LON)))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("outside_grid_boundary")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("枫源村第1网格"));
        post(token, report(run + "-nogrid", "information", DemoDivisions.FENGYUAN + "09", hoursAgo(1)))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.reason").isEqualTo("unknown_grid");
        JsonNode noFix = post(token, report(run + "-nofix", "information", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1))
                .replace("\"latitude\":" + GRID_1_LAT + ",\"longitude\":" + GRID_1_LON + ",", ""))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(noFix.get("locationCheck").asString()).isEqualTo("no_position");
        assertThat(storedWithClientIdPrefix(run + "-out") + storedWithClientIdPrefix(run + "-nogrid")).isZero();
    }

    @Test
    void aReportHandledOnTheSpotClosesAndAHazardWaitsInTheQueue() {
        String token = TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN);
        JsonNode handled = post(token, report(run + "-spot", "public_order", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1))
                .replace("\"handledOnSpot\":false", "\"handledOnSpot\":true,\"result\":\"已劝离，双方握手言和\""))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(handled.get("status").asString()).isEqualTo("closed");
        assertThat(handled.get("result").asString()).isEqualTo("已劝离，双方握手言和");
        String hazard = submitted(report(run + "-hazard", "safety_hazard", DemoDivisions.FENGYUAN_GRID_1, hoursAgo(1)));
        read(hazard, token).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("queued");
    }

    private static String report(String clientId, String type, String gridCode, String occurredAt) {
        return """
                {"clientReportId":"%s","type":"%s","title":"村口发现情况","description":"网格员巡查时发现的情况，需要关注。",\
                "gridCode":"%s","latitude":%s,"longitude":%s,"occurredAt":"%s","urgency":"normal",\
                "peopleInvolved":2,"handledOnSpot":false}""".formatted(clientId, type, gridCode, GRID_1_LAT,
                GRID_1_LON, occurredAt);
    }

    private static String batch(String... reports) {
        return "{\"reports\":[" + String.join(",", reports) + "]}";
    }

    private static String hoursAgo(int hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private WebTestClient.ResponseSpec post(String token, String json) {
        return web.post().uri("/api/field-reports").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private String submitted(String json) {
        return post(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), json).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private JsonNode sync(String token, String json) {
        return sync(token, json, 200);
    }

    private JsonNode sync(String token, String json, int status) {
        return web.post().uri("/api/field-reports/batch").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/field-reports/{id}", id).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec list(String token, String query) {
        return web.get().uri("/api/field-reports" + query).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private List<String> listIds(String token, String query) {
        JsonNode page = list(token, query).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        List<String> ids = new ArrayList<>();
        page.forEach(report -> ids.add(report.get("id").asString()));
        return ids;
    }

    private static List<String> reportIds(JsonNode batchResult) {
        List<String> ids = new ArrayList<>();
        batchResult.get("results").forEach(result -> ids.add(result.get("reportId").asString()));
        return ids;
    }

    private List<ConsumerRecord<String, String>> awaitEventsFor(String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).size() >= count);
        return events.withKey(id);
    }

    private long storedWithClientIdPrefix(String prefix) {
        return mongo.count(Query.query(Criteria.where("clientReportId").regex("^" + prefix)), FieldReport.COLLECTION)
                .block();
    }
}

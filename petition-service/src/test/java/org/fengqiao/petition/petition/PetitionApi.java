package org.fengqiao.petition.petition;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The petition API as the ITs drive it, and fresh petitioners so tests never flag each other as repeats. */
final class PetitionApi {

    static final String VILLAGE = "330681101201";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final WebTestClient web;

    PetitionApi(WebTestClient web) {
        this.web = web;
    }

    /** A valid, random ID-card number of someone born in 诸暨 in the 1960s-1990s. */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "330681" + (1960 + random.nextInt(35)) + String.format("%02d%02d%03d", 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String petitioner(String name, String idNumber, String phone, boolean representative) {
        return """
                {"name":"%s","idNumber":"%s","phone":"%s","address":"诸暨市枫桥镇枫源村5组","representative":%s}"""
                .formatted(name, idNumber, phone, representative);
    }

    static String body(String channel, String category, String place, String petitioners, String extra) {
        return """
                {"channel":"%s","petitioners":[%s],"content":"村里征地补偿款分配不公，要求重新核算并公开分配方案。",
                 "category":"%s","purpose":"demand",
                 "place":{"jurisdiction":"%s","address":"诸暨市枫桥镇枫源村5组","latitude":29.7152,"longitude":120.4231},
                 "attachments":[{"name":"补偿协议.pdf","contentType":"application/pdf","size":204800}]%s}"""
                .formatted(channel, petitioners, category, place, extra == null ? "" : "," + extra);
    }

    /** A visit to the county by one fresh petitioner about land acquisition in 枫源村. */
    static String visit() {
        return body("visit", "land_acquisition", VILLAGE, petitioner("陈某某", idNumber(), phone(), false), null);
    }

    WebTestClient.ResponseSpec register(String token, String json) {
        return web.post().uri("/api/petitions").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    JsonNode registered(String json) {
        return register(TestTokens.countyDispatcher(), json).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    String registeredId() {
        return registered(visit()).get("id").asString();
    }

    String accepted() {
        String id = registeredId();
        ok(act(id, "accept", TestTokens.countyDispatcher(), null));
        return id;
    }

    /** Accepted by the county and assigned to 枫桥镇. */
    String atFengqiao() {
        String id = accepted();
        ok(act(id, "assign", TestTokens.countyDispatcher(), "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\"}"));
        return id;
    }

    JsonNode repliedByFengqiao(String id) {
        return ok(act(id, "reply", TestTokens.handlerOf(DemoDivisions.FENGQIAO),
                "{\"disposition\":\"resolved\",\"reply\":\"经核查，补偿款已按政策重新核算，差额于12月底前补发。\"}"));
    }

    WebTestClient.ResponseSpec act(String id, String action, String token, String json) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/petitions/{id}/" + action, id)
                .headers(h -> h.setBearerAuth(token));
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    WebTestClient.ResponseSpec read(String id, String token) {
        return web.get().uri("/api/petitions/{id}", id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    JsonNode get(String id) {
        return read(id, TestTokens.countyDispatcher()).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    JsonNode getJson(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static JsonNode ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static List<ConsumerRecord<String, String>> awaitEvents(RecordingConsumer events, String id, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.withKey(id).size() >= count);
        return events.withKey(id);
    }

    static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> RecordingConsumer.header(record, EventHeaders.EVENT_TYPE)).toList();
    }

    static Object payload(ConsumerRecord<String, String> record) {
        return EventJson.standard().read(new EventTypeId(RecordingConsumer.header(record, EventHeaders.EVENT_TYPE),
                Integer.parseInt(RecordingConsumer.header(record, EventHeaders.EVENT_VERSION))), record.value());
    }
}

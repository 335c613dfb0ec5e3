package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.fengqiao.petition.PetitionIT;
import org.fengqiao.petition.TestClock;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Finding work orders: search, counts and CSV export through the API. The orders of this class are held by
 * departments named after a random tag ({@code 330681101:<tag>} and so on), so filtering by holder isolates
 * them from the orders other tests leave in the shared store.
 */
@PetitionIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkOrderSearchIT {

    private static final String ORDER = """
            {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
             "content":"%s","category":"%s","urgency":"%s","address":"诸暨市枫桥镇枫源村"}""";
    private static final String TAG = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String FENGQIAO_DEPT = DemoDivisions.FENGQIAO + ":" + TAG;
    private static final String ZHAOJIA_DEPT = DemoDivisions.ZHAOJIA + ":" + TAG;
    private static final String COUNTY_DEPT = DemoDivisions.COUNTY + ":" + TAG;
    private static final String QUOTED_CONTENT = "灯杆倾斜, 有\\\"倒塌\\\"风险";

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    /** Held by 枫桥镇's department: F1 help, F2 complaint (urgent, handling), F3 emergency, F4 overdue. */
    private String f1, f2, f3, f4;
    private String z1;
    private String c1;

    @BeforeAll
    void orders() {
        String dispatcher = TestTokens.countyDispatcher();
        f1 = pushed(1, QUOTED_CONTENT, "help", "normal");
        f2 = pushed(2, "噪音扰民", "complaint", "urgent");
        f3 = pushed(3, "燃气泄漏", "emergency", "emergency");
        f4 = pushed(4, "咨询社保缴费", "consultation", "normal");
        z1 = pushed(5, "赵家村道路破损", "help", "normal");
        c1 = pushed(6, "县城公交线路建议", "help", "normal");
        dispatch(f1, FENGQIAO_DEPT, dispatcher);
        dispatch(f2, FENGQIAO_DEPT, dispatcher);
        dispatch(f3, FENGQIAO_DEPT, dispatcher);
        clock.set(Instant.now().minus(Duration.ofDays(30)));
        try {
            dispatch(f4, FENGQIAO_DEPT, dispatcher);
        } finally {
            clock.reset();
        }
        dispatch(z1, ZHAOJIA_DEPT, dispatcher);
        dispatch(c1, COUNTY_DEPT, dispatcher);
        web.post().uri("/api/work-orders/{id}/claim", f2)
                .headers(headers -> headers.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO)))
                .exchange().expectStatus().isOk();
    }

    @Test
    void filtersPagingAndSortingFindTheRightOrders() {
        String dispatcher = TestTokens.countyDispatcher();
        String held = "?holder=" + FENGQIAO_DEPT;

        JsonNode first = page(dispatcher, held + "&sort=orderNumber,desc&size=2");
        assertThat(ids(first)).containsExactly(f4, f3);
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(first.get("next").isNull()).isTrue();
        assertThat(ids(page(dispatcher, held + "&sort=orderNumber,desc&size=2&page=1"))).containsExactly(f2, f1);
        assertThat(ids(page(dispatcher, held + "&sort=orderNumber,desc&size=2&page=2"))).isEmpty();

        assertThat(ids(page(dispatcher, held + "&state=handling"))).containsExactly(f2);
        assertThat(ids(page(dispatcher, held + "&category=emergency"))).containsExactly(f3);
        assertThat(ids(page(dispatcher, held + "&flag=urgent&sort=orderNumber"))).containsExactly(f2, f3);
        assertThat(ids(page(dispatcher, held + "&overdue=true"))).containsExactly(f4);
        assertThat(ids(page(dispatcher, held + "&overdue=false&sort=orderNumber"))).containsExactly(f1, f2, f3);

        JsonNode byDue = page(dispatcher, held + "&sort=dueAt,asc");
        assertThat(ids(byDue)).containsExactly(f4, f3, f1, f2);
        String f1Due = byDue.get("items").get(2).get("dueAt").asString();
        assertThat(ids(page(dispatcher, held + "&dueBefore=" + Instant.parse(f1Due).plusSeconds(1))))
                .containsExactlyInAnyOrder(f4, f3, f1);

        // The default order pages by id: next is the last id, and after= continues from it.
        JsonNode keyed = page(dispatcher, held + "&size=3");
        assertThat(ids(keyed)).containsExactly(f1, f2, f3);
        assertThat(ids(page(dispatcher, held + "&size=3&after=" + keyed.get("next").asString()))).containsExactly(f4);

        JsonNode township = page(dispatcher, "?jurisdiction=" + DemoDivisions.FENGQIAO + "&size=200");
        assertThat(ids(township)).contains(f1, f2, f3, f4).doesNotContain(z1, c1);
        township.get("items").forEach(item ->
                assertThat(item.get("holder").asString()).startsWith(DemoDivisions.FENGQIAO));
        assertThat(ids(page(dispatcher, "?holder=" + COUNTY_DEPT))).containsExactly(c1);
    }

    @Test
    void aTownshipHandlerSeesOnlyItsTownshipAndTheCountySeesAll() {
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        String zhaojia = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);

        JsonNode own = page(fengqiao, "?size=200&sort=receivedAt,desc");
        assertThat(ids(own)).contains(f1, f2, f3, f4).doesNotContain(z1, c1);
        own.get("items").forEach(item -> assertThat(item.get("holder").asString()).startsWith(DemoDivisions.FENGQIAO));
        // Asking for the whole county or another township never widens what a township sees.
        assertThat(ids(page(fengqiao, "?jurisdiction=" + DemoDivisions.COUNTY + "&size=200")))
                .contains(f1, f4).doesNotContain(z1, c1);
        assertThat(page(fengqiao, "?jurisdiction=" + DemoDivisions.ZHAOJIA).get("total").asLong()).isZero();
        assertThat(page(zhaojia, "?holder=" + FENGQIAO_DEPT).get("total").asLong()).isZero();
        assertThat(ids(page(zhaojia, "?holder=" + ZHAOJIA_DEPT))).containsExactly(z1);
        assertThat(counts(zhaojia, "?holder=" + FENGQIAO_DEPT).get("total").asLong()).isZero();
        assertThat(csvLines(zhaojia, "?holder=" + FENGQIAO_DEPT)).hasSize(1);

        for (String county : List.of(TestTokens.countyLeader(), TestTokens.countySupervisor())) {
            assertThat(ids(page(county, "?holder=" + ZHAOJIA_DEPT))).containsExactly(z1);
            assertThat(page(county, "?jurisdiction=" + DemoDivisions.FENGQIAO + "&holder=" + FENGQIAO_DEPT)
                    .get("total").asLong()).isEqualTo(4);
        }
    }

    @Test
    void countsByStateMatchTheLists() {
        String dispatcher = TestTokens.countyDispatcher();

        JsonNode held = counts(dispatcher, "?holder=" + FENGQIAO_DEPT);
        assertThat(held.get("total").asLong()).isEqualTo(4);
        assertThat(held.get("byState").get("dispatched").asLong()).isEqualTo(3);
        assertThat(held.get("byState").get("handling").asLong()).isEqualTo(1);
        assertThat(held.get("byState").get("received").asLong()).isZero();
        assertThat(held.get("byState").propertyNames()).containsExactly("received", "dispatched", "returned",
                "handling", "replied", "reviewed", "closed");
        assertThat(counts(dispatcher, "?holder=" + FENGQIAO_DEPT + "&overdue=true").get("total").asLong())
                .isEqualTo(1);

        JsonNode township = counts(dispatcher, "?jurisdiction=" + DemoDivisions.FENGQIAO);
        for (String state : List.of("dispatched", "handling", "replied")) {
            assertThat(township.get("byState").get(state).asLong()).as(state).isEqualTo(page(dispatcher,
                    "?jurisdiction=" + DemoDivisions.FENGQIAO + "&state=" + state).get("total").asLong());
        }
    }

    @Test
    void theCsvHasTheHeaderAndOneQuotedRowPerOrder() {
        WebTestClient.ResponseSpec response = web.get()
                .uri("/api/work-orders/export.csv?holder=" + FENGQIAO_DEPT + "&sort=orderNumber")
                .headers(headers -> headers.setBearerAuth(TestTokens.countyDispatcher())).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"work-orders-\\d{8}-\\d{4}\\.csv\"")
                .expectHeader().valueEquals("X-Total-Count", "4");
        byte[] body = response.expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(body);
        assertThat(lines.get(0)).isEqualTo(
                "工单编号,状态,类别,紧急程度,来电人,联系电话,诉求内容,地址,承办单位,受理时间,办理期限,是否超期,重办次数");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith(orderNumber(1) + ",已派单,求助,一般,王秀英,139****1234,")
                .contains(",\"灯杆倾斜, 有\"\"倒塌\"\"风险\",诸暨市枫桥镇枫源村," + FENGQIAO_DEPT + ",")
                .endsWith(",否,0");
        assertThat(lines.get(2)).startsWith(orderNumber(2) + ",办理中,投诉,紧急,");
        assertThat(lines.get(4)).startsWith(orderNumber(4) + ",已派单,咨询,").endsWith(",是,0");
        assertThat(lines.get(2).split(",")[9]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void badParametersAre400ProblemDetailsNamingEachField() {
        String dispatcher = TestTokens.countyDispatcher();
        for (String[] bad : new String[][] {
                {"state", "gossip", "state"}, {"sort", "password", "sort"}, {"sort", "dueAt,up", "sort"},
                {"size", "0", "size"}, {"size", "10000", "size"}, {"page", "-1", "page"},
                {"dueBefore", "2026-13-45", "dueBefore"}, {"dueBefore", "tomorrow", "dueBefore"},
                {"overdue", "yes", "overdue"}, {"category", "gossip", "category"}, {"flag", "vip", "flag"},
                {"jurisdiction", "33068", "jurisdiction"}, {"holder", "枫桥镇", "holder"},
                {"holder[$ne]", "1", "holder[$ne]"}, {"state", "{\"$ne\":null}", "state"}}) {
            String query = "?" + encode(bad[0]) + "=" + encode(bad[1]);
            for (String path : List.of("/api/work-orders", "/api/work-orders/counts", "/api/work-orders/export.csv")) {
                web.get().uri(URI.create("http://localhost:" + port + path + query)).headers(headers -> headers.setBearerAuth(dispatcher)).exchange()
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.errors[0].field").isEqualTo(bad[2])
                        .jsonPath("$.errors[0].message").isNotEmpty();
            }
        }
        web.get().uri("/api/work-orders?state=gossip&size=0&sort=password")
                .headers(headers -> headers.setBearerAuth(dispatcher)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.title").isEqualTo("请求无效");
    }

    @Test
    void overdueOrdersAreListedPerHoldingUnitInsideTheCallersScope() {
        JsonNode county = get(TestTokens.countyDispatcher(), "/api/work-orders/overdue");
        JsonNode unit = county.valueStream().filter(node -> node.get("unit").asString().equals(FENGQIAO_DEPT))
                .findFirst().orElseThrow();
        assertThat(unit.get("workOrders").valueStream().map(node -> node.get("id").asString())).containsExactly(f4);
        assertThat(unit.get("count").asInt()).isEqualTo(1);
        assertThat(unit.get("workOrders").get(0).get("callerPhone").asString()).isEqualTo("139****1234");
        assertThat(county.valueStream().map(node -> node.get("unit").asString()))
                .as("not yet due, or not held by these units").doesNotContain(ZHAOJIA_DEPT, COUNTY_DEPT);
        assertThat(county.valueStream().map(node -> node.get("count").asInt()).toList())
                .as("the unit with most overdue first").isSortedAccordingTo((a, b) -> b - a);

        assertThat(get(TestTokens.handlerOf(DemoDivisions.FENGQIAO), "/api/work-orders/overdue").valueStream()
                .map(node -> node.get("unit").asString())).contains(FENGQIAO_DEPT);
        assertThat(get(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), "/api/work-orders/overdue").valueStream()
                .flatMap(node -> node.get("workOrders").valueStream()).map(node -> node.get("id").asString()))
                .doesNotContain(f4);
        assertThat(get(TestTokens.handlerOf(DemoDivisions.ZHAOJIA), "/api/work-orders/overdue").valueStream()
                .map(node -> node.get("unit").asString())).allMatch(code -> code.startsWith(DemoDivisions.ZHAOJIA));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode page(String token, String query) {
        return get(token, "/api/work-orders" + query);
    }

    private JsonNode counts(String token, String query) {
        return get(token, "/api/work-orders/counts" + query);
    }

    private JsonNode get(String token, String uri) {
        return web.get().uri(uri).headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<String> csvLines(String token, String query) {
        return lines(web.get().uri("/api/work-orders/export.csv" + query)
                .headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
    }

    private static List<String> lines(byte[] body) {
        return List.of(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String orderNumber(int n) {
        return "ZJ-S-" + TAG + "-" + n;
    }

    private String pushed(int n, String content, String category, String urgency) {
        return web.post().uri("/api/work-orders")
                .headers(headers -> headers.setBearerAuth(TestTokens.hotline()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ORDER.formatted(orderNumber(n), content, category, urgency))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private void dispatch(String id, String unit, String token) {
        String[] parts = unit.split(":");
        web.post().uri("/api/work-orders/{id}/dispatch", id).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"jurisdiction\":\"" + parts[0] + "\",\"department\":\"" + parts[1] + "\"}")
                .exchange().expectStatus().isOk();
    }
}

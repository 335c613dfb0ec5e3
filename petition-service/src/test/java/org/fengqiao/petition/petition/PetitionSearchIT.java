package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.petition.petition.PetitionApi.ok;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.fengqiao.petition.PetitionIT;
import org.fengqiao.petition.TestClock;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Petition search, counts and CSV through the listing package. The petitions are held by departments named after
 * this run ({@code 330681101:<tag>}), so the shared store's other petitions never disturb the expected lists.
 */
@PetitionIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionSearchIT {

    private static final String TAG = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String FQ = DemoDivisions.FENGQIAO + ":" + TAG;
    private static final String ZJ = DemoDivisions.ZHAOJIA + ":" + TAG;

    @Autowired
    WebTestClient web;
    @Autowired
    TestClock clock;

    private PetitionApi api;
    /** Held by 枫桥镇's department: p1 land, p2 collective labour (supervised), p4 overdue; p3 by 赵家镇's. */
    private String p1, p2, p3, p4;
    private final List<String> idNumbers = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();

    @BeforeAll
    void petitions() {
        api = new PetitionApi(web);
        String dispatcher = TestTokens.countyDispatcher();
        String zhaojia = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        p1 = atUnit(dispatcher, registered(dispatcher, "visit", "land_acquisition", PetitionApi.VILLAGE, null), FQ);
        p2 = atUnit(dispatcher, registered(dispatcher, "visit", "labour_wages", PetitionApi.VILLAGE,
                "\"headCount\":8,\"batchNumber\":\"B-" + TAG + "\""), FQ);
        ok(api.act(p2, "supervision", TestTokens.countySupervisor(), "{\"responseDueAt\":\"%s\",\"reason\":\"请加快办理\"}"
                .formatted(WorkCalendar.dateOf(Instant.now()).plusDays(5))));
        p3 = atUnit(zhaojia, registered(zhaojia, "letter", "litigation", DemoDivisions.ZHAOJIACUN, null), ZJ);
        clock.set(Instant.now().minus(Duration.ofDays(70)));
        try {
            p4 = atUnit(dispatcher, registered(dispatcher, "visit", "environment", PetitionApi.VILLAGE, null), FQ);
        } finally {
            clock.reset();
        }
    }

    @Test
    void filtersPagingAndSortingFindTheRightPetitions() {
        String dispatcher = TestTokens.countyDispatcher();
        String fq = "?holder=" + FQ;

        JsonNode all = page(dispatcher, fq);
        assertThat(ids(all)).containsExactly(p1, p2, p4);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(ids(page(dispatcher, fq + "&state=assigned,accepted"))).containsExactly(p1, p2, p4);
        assertThat(ids(page(dispatcher, fq + "&state=registered"))).isEmpty();
        assertThat(ids(page(dispatcher, fq + "&category=labour_wages"))).containsExactly(p2);
        assertThat(ids(page(dispatcher, fq + "&flag=collective"))).containsExactly(p2);
        assertThat(ids(page(dispatcher, fq + "&flag=supervised"))).containsExactly(p2);
        assertThat(ids(page(dispatcher, fq + "&flag=skipLevel"))).as("filed at the county for a village")
                .containsExactly(p1, p2, p4);
        assertThat(ids(page(dispatcher, fq + "&flag=repeat"))).isEmpty();
        assertThat(ids(page(dispatcher, "?holder=" + ZJ + "&flag=litigationRelated"))).containsExactly(p3);
        assertThat(ids(page(dispatcher, "?holder=" + ZJ + "&flag=skipLevel"))).isEmpty();
        assertThat(ids(page(dispatcher, fq + "&flag=collective&flag=supervised"))).containsExactly(p2);
        assertThat(ids(page(dispatcher, fq + "&overdue=true"))).containsExactly(p4);
        assertThat(ids(page(dispatcher, fq + "&overdue=false"))).containsExactly(p1, p2);
        assertThat(ids(page(dispatcher, fq + "&dueBefore=" + Instant.now()))).containsExactly(p4);
        assertThat(ids(page(dispatcher, "?holder=" + ZJ + "&jurisdiction=" + DemoDivisions.ZHAOJIA))).containsExactly(p3);
        assertThat(ids(page(dispatcher, "?holder=" + ZJ + "&jurisdiction=" + DemoDivisions.FENGQIAO))).isEmpty();
        assertThat(ids(page(dispatcher, "?jurisdiction=" + DemoDivisions.ZHAOJIA + "&size=200")))
                .contains(p3).doesNotContain(p1, p2, p4);

        JsonNode byHeadCount = page(dispatcher, fq + "&sort=headCount,desc&sort=registeredAt");
        assertThat(ids(byHeadCount)).containsExactly(p2, p4, p1);
        assertThat(byHeadCount.get("items").get(0).get("collective").asBoolean()).isTrue();
        assertThat(byHeadCount.get("items").get(0).get("supervised").asBoolean()).isTrue();
        assertThat(ids(page(dispatcher, fq + "&sort=dueAt"))).first().isEqualTo(p4);

        JsonNode first = page(dispatcher, fq + "&size=2");
        assertThat(ids(first)).containsExactly(p1, p2);
        assertThat(first.get("next").asString()).isEqualTo(p2);
        JsonNode second = page(dispatcher, fq + "&size=2&after=" + p2);
        assertThat(ids(second)).containsExactly(p4);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(ids(page(dispatcher, fq + "&size=2&page=1&sort=registeredAt,desc"))).containsExactly(p4);
    }

    @Test
    void aTownshipHandlerSeesOnlyItsTownship() {
        String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);
        String zhaojia = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);

        assertThat(ids(page(fengqiao, "?holder=" + FQ))).containsExactly(p1, p2, p4);
        assertThat(page(fengqiao, "?holder=" + ZJ).get("total").asLong()).isZero();
        assertThat(ids(page(fengqiao, "?jurisdiction=" + DemoDivisions.ZHAOJIA))).as("a subtree outside the scope")
                .isEmpty();
        assertThat(ids(page(zhaojia, "?holder=" + ZJ))).containsExactly(p3);
        assertThat(page(zhaojia, "?holder=" + FQ).get("total").asLong()).isZero();
        assertThat(counts(zhaojia, "?holder=" + FQ).get("total").asLong()).isZero();
        assertThat(csvLines(zhaojia, "?holder=" + FQ)).hasSize(1);
    }

    @Test
    void countsByStateListEveryStateInsideTheFilters() {
        JsonNode counts = counts(TestTokens.countyDispatcher(), "?holder=" + FQ);

        assertThat(counts.get("total").asLong()).isEqualTo(3);
        assertThat(counts.get("byState").get("assigned").asLong()).isEqualTo(3);
        assertThat(counts.get("byState").get("registered").asLong()).isZero();
        assertThat(counts.get("byState").size()).as("every state, zero included").isEqualTo(PetitionState.values().length);
        assertThat(counts(TestTokens.countyDispatcher(), "?holder=" + FQ + "&flag=collective").get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void theCsvExportHasChineseHeadersMasksPhonesAndNeverHoldsAnIdNumber() {
        WebTestClient.ResponseSpec response = web.get().uri("/api/petitions/export.csv?holder=" + FQ + "&sort=number")
                .headers(h -> h.setBearerAuth(TestTokens.countyDispatcher())).exchange();
        byte[] body = response.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectHeader().valueEquals("X-Total-Count", "3")
                .expectHeader().value("Content-Disposition", value -> assertThat(value).contains("petitions-"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        List<String> lines = lines(body);

        assertThat(lines.get(0)).startsWith("\uFEFF信访编号,状态,登记渠道,类别,信访人,联系电话,人数,标记,事项内容,事发地,承办单位")
                .doesNotContain("身份证");
        assertThat(lines).hasSize(4);
        String text = new String(body, StandardCharsets.UTF_8);
        idNumbers.forEach(number -> assertThat(text).doesNotContain(number).doesNotContain(number.substring(6, 14)));
        phones.subList(0, 2).forEach(phone -> assertThat(text).doesNotContain(phone)
                .contains(phone.substring(0, 3) + "****" + phone.substring(7)));
        String collective = lines.stream().filter(line -> line.contains("劳动工资")).findFirst().orElseThrow();
        assertThat(collective).contains("已交办", "来访", ",8,", "集体访", "督办", FQ);
        String overdue = lines.stream().filter(line -> line.contains("生态环境")).findFirst().orElseThrow();
        assertThat(overdue).endsWith(",是,0");
    }

    @Test
    void badParametersAre400ProblemDetailsNamingEachOne() {
        for (String path : List.of("/api/petitions", "/api/petitions/counts", "/api/petitions/export.csv")) {
            web.get().uri(path + "?state=lost&flag=vip&sort=secret&holder=abc&dueBefore=tomorrow&overdue=maybe"
                            + "&category=unknown&size=0&foo=1")
                    .headers(h -> h.setBearerAuth(TestTokens.countyDispatcher())).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(JsonNode.class).value(problem -> assertThat(problem.get("errors").valueStream()
                            .map(error -> error.get("field").asString()).distinct())
                            .containsExactlyInAnyOrder("state", "flag", "sort", "holder", "dueBefore", "overdue",
                                    "category", "size", "foo"));
        }
        web.get().uri("/api/petitions?after=nope").headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                .exchange().expectStatus().isBadRequest();
    }

    private String registered(String token, String channel, String category, String place, String extra) {
        String idNumber = PetitionApi.idNumber();
        String phone = PetitionApi.phone();
        idNumbers.add(idNumber);
        phones.add(phone);
        return api.register(token, PetitionApi.body(channel, category, place,
                        PetitionApi.petitioner("检索" + idNumbers.size(), idNumber, phone, false), extra))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    /** Accepted by the registering unit and assigned to one of its departments below. */
    private String atUnit(String token, String id, String unit) {
        ok(api.act(id, "accept", token, null));
        String[] code = unit.split(":");
        ok(api.act(id, "assign", token, "{\"jurisdiction\":\"%s\",\"department\":\"%s\"}".formatted(code[0], code[1])));
        return id;
    }

    private JsonNode page(String token, String query) {
        return api.getJson("/api/petitions" + query, token);
    }

    private JsonNode counts(String token, String query) {
        return api.getJson("/api/petitions/counts" + query, token);
    }

    private List<String> csvLines(String token, String query) {
        return lines(web.get().uri("/api/petitions/export.csv" + query).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
    }

    private static List<String> lines(byte[] body) {
        return Arrays.asList(new String(body, StandardCharsets.UTF_8).split("\r\n"));
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(node -> node.get("id").asString()).toList();
    }
}

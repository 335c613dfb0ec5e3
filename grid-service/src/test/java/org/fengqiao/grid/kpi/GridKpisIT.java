package org.fengqiao.grid.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.fengqiao.grid.GridIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

@GridIT
class GridKpisIT {

    private static final String VILLAGE = DemoDivisions.SHANGJING;
    private static final String GRID_1 = VILLAGE + "01";

    @Autowired
    WebTestClient web;

    private final String worker = TestTokens.gridWorkerOf(VILLAGE);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aVillagesFiguresCountItsReportsHandlingAndPatrolCoverage() {
        file("information", ",\"handledOnSpot\":true,\"result\":\"已答复村民\"");
        file("dispute_sign", "");
        String hazard = file("safety_hazard", "");
        web.post().uri("/api/field-reports/{id}/handling", hazard)
                .headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.DONGBAIHU)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"result\":\"已加固\"}").exchange()
                .expectStatus().isOk();
        String patrol = post("/api/patrols", "{\"gridCode\":\"" + GRID_1 + "\"}").expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        post("/api/patrols/" + patrol + "/end", "{}").expectStatus().isOk();

        JsonNode kpis = kpis(TestTokens.handlerOf(DemoDivisions.DONGBAIHU), "?within=" + VILLAGE)
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        JsonNode total = kpis.get("total");
        assertThat(total.get("reports").asLong()).isEqualTo(3);
        assertThat(total.get("reporters").asLong()).isEqualTo(1);
        assertThat(total.get("reportsPerReporter").asDouble()).isEqualTo(3.0);
        assertThat(total.get("handlingRate").asDouble()).isEqualTo(1.0);
        assertThat(total.get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(total.get("grids").asLong()).isEqualTo(2);
        assertThat(total.get("patrolledGrids").asLong()).isEqualTo(1);
        assertThat(total.get("patrolCoverage").asDouble()).isEqualTo(0.5);
        assertThat(kpis.get("units").get(0).get("code").asString()).isEqualTo(GRID_1);
        assertThat(kpis.get("units").get(0).get("reports").asLong()).isEqualTo(3);
    }

    @Test
    void anotherVillageOrABadPeriodIsRefused() {
        kpis(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), "?within=" + VILLAGE).expectStatus().isNotFound();
        kpis(worker, "?from=2026-11-22T00:00:00Z&to=2026-11-01T00:00:00Z").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode county = kpis(TestTokens.countyLeader(), "").expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(county.get("units")).hasSize(3);
        assertThat(county.get("total").get("grids").asLong()).isGreaterThanOrEqualTo(18);
    }

    private String file(String type, String extra) {
        String json = """
                {"clientReportId":"kpi-%s-%s","type":"%s","title":"上京村情况","description":"巡查发现。",
                 "gridCode":"%s","occurredAt":"%s","urgency":"normal"%s}""".formatted(run, type, type, GRID_1,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), extra);
        return post("/api/field-reports", json).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("id").asString();
    }

    private WebTestClient.ResponseSpec post(String path, String json) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(worker)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec kpis(String token, String query) {
        return web.get().uri("/api/grids/kpis" + query).headers(h -> h.setBearerAuth(token)).exchange();
    }
}

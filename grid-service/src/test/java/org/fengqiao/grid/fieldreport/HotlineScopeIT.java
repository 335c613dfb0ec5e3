package org.fengqiao.grid.fieldreport;

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

/**
 * Field reports are for the people of the tiers; the 12345 system, whose token covers the whole county, reads none
 * (found by the end-to-end access matrix).
 */
@GridIT
class HotlineScopeIT {

    @Autowired
    WebTestClient web;

    @Test
    void theHotlineReadsNoFieldReport() {
        String id = web.post().uri("/api/field-reports")
                .headers(h -> h.setBearerAuth(TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"clientReportId":"%s","type":"safety_hazard","title":"村口电线老化",
                         "description":"巡查发现村口电线老化。","gridCode":"%s","occurredAt":"%s",
                         "urgency":"normal","peopleInvolved":0}""".formatted(UUID.randomUUID(),
                        DemoDivisions.FENGYUAN_GRID_1, Instant.now().minus(1, ChronoUnit.HOURS)
                                .truncatedTo(ChronoUnit.SECONDS)))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        for (String path : new String[] {"/api/field-reports/" + id, "/api/field-reports",
                "/api/field-reports/" + id + "/photos"}) {
            web.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.hotline())).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.get().uri("/api/field-reports/" + id)
                .headers(h -> h.setBearerAuth(TestTokens.handlerOf(DemoDivisions.FENGQIAO))).exchange()
                .expectStatus().isOk();
    }
}

package org.fengqiao.grid.worker;

import org.fengqiao.grid.GridIT;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@GridIT
class GridWorkerIT {

    private static final String GRID_1 = DemoDivisions.FENGYUAN + "01";
    private static final String GRID_2 = DemoDivisions.FENGYUAN + "02";

    @Autowired
    WebTestClient web;

    private final String handler = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

    @Test
    void aRegisteredWorkerFilesOnlyInTheirAssignedGridsAndNotWhileInactive() {
        String subject = "gridworker-it-assigned";
        String worker = TestTokens.token(subject, "枫源村网格员甲", DemoDivisions.FENGYUAN, Role.GRID_WORKER);
        send("POST", "/api/grids/workers", handler, registration(subject, true, GRID_1))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/grids/workers/" + subject)
                .expectBody().jsonPath("$.village").isEqualTo(DemoDivisions.FENGYUAN)
                .jsonPath("$.updatedBy").isEqualTo("handler-fengqiao");

        send("POST", "/api/field-reports", worker, report(subject + "-1", GRID_2))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.reason").isEqualTo("not_assigned_grid");
        send("POST", "/api/field-reports", worker, report(subject + "-2", GRID_1)).expectStatus().isCreated();
        send("POST", "/api/field-reports/batch", worker,
                "{\"reports\":[" + report(subject + "-3", GRID_1) + "," + report(subject + "-4", GRID_2) + "]}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.results[0].outcome").isEqualTo("created")
                .jsonPath("$.results[1].outcome").isEqualTo("rejected")
                .jsonPath("$.results[1].reason").isEqualTo("not_assigned_grid");

        send("PUT", "/api/grids/workers/" + subject, handler, registration(null, false, GRID_1))
                .expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
        send("POST", "/api/field-reports", worker, report(subject + "-5", GRID_1))
                .expectStatus().isForbidden().expectBody().jsonPath("$.reason").isEqualTo("worker_inactive");

        send("PUT", "/api/grids/workers/" + subject, TestTokens.countyAdmin(), registration(null, true, GRID_1, GRID_2))
                .expectStatus().isOk().expectBody().jsonPath("$.gridCodes.length()").isEqualTo(2);
        send("POST", "/api/field-reports", worker, report(subject + "-6", GRID_2)).expectStatus().isCreated();

        // Not in the registry: the village scope of the token, as before.
        send("POST", "/api/field-reports", TestTokens.token("gridworker-it-unregistered", "枫源村网格员乙",
                DemoDivisions.FENGYUAN, Role.GRID_WORKER), report("unregistered-1", GRID_2)).expectStatus().isCreated();
    }

    @Test
    void theRegistryIsScopedToTheManagersJurisdiction() {
        String subject = "gridworker-it-scoped";
        send("POST", "/api/grids/workers", handler, registration(subject, true, GRID_2)).expectStatus().isCreated();
        send("POST", "/api/grids/workers", handler, registration(subject, true, GRID_2)).expectStatus().isEqualTo(409);

        String otherTownship = TestTokens.handlerOf(DemoDivisions.ZHAOJIA);
        send("GET", "/api/grids/workers/" + subject, otherTownship, null).expectStatus().isNotFound();
        send("PUT", "/api/grids/workers/" + subject, otherTownship, registration(null, true, GRID_2))
                .expectStatus().isNotFound();
        send("POST", "/api/grids/workers", otherTownship, registration("gridworker-it-elsewhere", true, GRID_1))
                .expectStatus().isForbidden();
        send("PUT", "/api/grids/workers/" + subject, handler,
                registration(null, true, DemoDivisions.XUANJIASHAN + "01")).expectStatus().isForbidden();
        send("GET", "/api/grids/workers", otherTownship, null).expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.subject == '" + subject + "')]").doesNotExist();
        send("GET", "/api/grids/workers", TestTokens.countyDispatcher(), null).expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.subject == '" + subject + "')].gridCodes[0]").isEqualTo(GRID_2);
        send("GET", "/api/grids/workers/" + subject, TestTokens.gridWorkerOf(DemoDivisions.FENGYUAN), null)
                .expectStatus().isForbidden();
    }

    @Test
    void badInputIsAProblemDetailAndStoresNothing() {
        String subject = "gridworker-it-bad";
        send("POST", "/api/grids/workers", handler, """
                {"subject":"%s","name":"张三","phone":"12ab","gridCodes":["%s"]}""".formatted(subject, GRID_1))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        send("POST", "/api/grids/workers", handler, registration(subject, true, DemoDivisions.FENGYUAN + "99"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("gridCodes");
        send("POST", "/api/grids/workers", handler, registration(subject, true, GRID_1, DemoDivisions.CHENJIA + "01"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("gridCodes");
        send("POST", "/api/grids/workers", handler, registration(subject, true))
                .expectStatus().isBadRequest();
        send("POST", "/api/grids/workers", handler, registration(null, true, GRID_1))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("subject");
        send("GET", "/api/grids/workers/" + subject, handler, null).expectStatus().isNotFound();
    }

    private static String registration(String subject, boolean active, String... grids) {
        return """
                {%s"name":"枫源村网格员","phone":"13800000000","active":%s,"gridCodes":[%s]}""".formatted(
                subject == null ? "" : "\"subject\":\"" + subject + "\",", active,
                String.join(",", java.util.Arrays.stream(grids).map(grid -> "\"" + grid + "\"").toList()));
    }

    private static String report(String clientId, String grid) {
        return """
                {"clientReportId":"%s","type":"information","title":"村口情况","description":"测试",
                 "gridCode":"%s","occurredAt":"2026-01-01T00:00:00Z","urgency":"normal"}""".formatted(clientId, grid);
    }

    private WebTestClient.ResponseSpec send(String method, String path, String token, String json) {
        WebTestClient.RequestBodySpec request = web.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path).headers(h -> h.setBearerAuth(token));
        return json == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }
}

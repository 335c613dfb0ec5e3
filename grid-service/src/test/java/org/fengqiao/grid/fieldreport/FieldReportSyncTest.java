package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FieldReportSyncTest {

    private static final CurrentUser WORKER = new CurrentUser("gridworker-fengyuan", "枫源村网格员",
            Set.of(Role.GRID_WORKER), Jurisdiction.of("330681101201"));

    private final JsonMapper json = JsonMapper.builder().build();
    private final FieldReportIntake intake = mock(FieldReportIntake.class);
    private final List<String> submitted = new ArrayList<>();

    @Test
    void itemsAreProcessedInDeviceTimeOrderAndAnsweredInRequestOrder() {
        when(intake.submit(any(), any())).thenAnswer(call -> {
            FieldReportRequest request = call.getArgument(0);
            submitted.add(request.clientReportId());
            return Mono.just(FieldReportIntake.Outcome.rejected(Rejection.unknownGrid(request.gridCode())));
        });
        List<JsonNode> items = List.of(item("late", "2026-11-21T10:00:00Z"), item("early", "2026-11-21T08:00:00Z"),
                json.readTree("{\"clientReportId\":\"broken\",\"occurredAt\":\"yesterday\"}"),
                item("middle", "2026-11-21T09:00:00Z"));

        BatchResponse response = new FieldReportSync(intake, json, new FieldReportProperties(null, null, null, null, null))
                .sync(items, WORKER).block();

        assertThat(submitted).containsExactly("early", "middle", "late");
        assertThat(response.results()).extracting(BatchItemResult::clientReportId)
                .containsExactly("late", "early", "broken", "middle");
        assertThat(response.results().get(2).reason()).isEqualTo("invalid");
        assertThat(response.results().get(2).errors()).singleElement().extracting(FieldProblem::field)
                .isEqualTo("occurredAt");
    }

    private JsonNode item(String clientId, String occurredAt) {
        return json.readTree("""
                {"clientReportId":"%s","type":"information","title":"村口情况","description":"描述",
                 "gridCode":"33068110120101","occurredAt":"%s","urgency":"normal"}""".formatted(clientId, occurredAt));
    }
}

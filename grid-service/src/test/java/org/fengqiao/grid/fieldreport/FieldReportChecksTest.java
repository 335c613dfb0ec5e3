package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.fengqiao.grid.jurisdiction.Boundary;
import org.fengqiao.grid.jurisdiction.GridArea;
import org.fengqiao.grid.jurisdiction.Grids;
import org.fengqiao.grid.worker.GridWorkers;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

class FieldReportChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final String GRID = "33068110120101";
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final CurrentUser WORKER = new CurrentUser("gridworker-fengyuan", "枫源村网格员",
            Set.of(Role.GRID_WORKER), Jurisdiction.of("330681101201"));

    private final Grids grids = mock(Grids.class);
    private final GridWorkers workers = mock(GridWorkers.class);

    FieldReportChecksTest() {
        when(workers.assignment(WORKER.subject())).thenReturn(Mono.empty());
        when(grids.find(GRID)).thenReturn(Mono.just(
                new GridArea(GRID, "枫源村第1网格", Boundary.rectangle(29.70, 120.41, 29.74, 120.43))));
    }

    @Test
    void underTheFlagPolicyAPositionOutsideTheGridIsAcceptedAndMarked() {
        FieldReportChecks.Placement placement = checks(OutsideGridPolicy.flag).place(at(29.7152, 120.4412), WORKER)
                .block();

        assertThat(placement.rejection()).isNull();
        assertThat(placement.location()).isEqualTo(LocationCheck.outside_flagged);
    }

    @Test
    void underTheRejectPolicyItIsRejectedAndInsideIsAccepted() {
        FieldReportChecks checks = checks(OutsideGridPolicy.reject);

        assertThat(checks.place(at(29.7152, 120.4412), WORKER).block().rejection().reason())
                .isEqualTo("outside_grid_boundary");
        assertThat(checks.place(at(29.7152, 120.4231), WORKER).block().location()).isEqualTo(LocationCheck.inside);
    }

    @Test
    void aPhoneClockAFewMinutesAheadIsToleratedButNotAnHour() {
        FieldReportChecks checks = checks(OutsideGridPolicy.reject);

        assertThat(checks.problems(occurredAt(NOW.plus(Duration.ofMinutes(4))))).isEmpty();
        assertThat(checks.problems(occurredAt(NOW.plus(Duration.ofHours(1)))))
                .singleElement().extracting(FieldProblem::field).isEqualTo("occurredAt");
    }

    private FieldReportChecks checks(OutsideGridPolicy policy) {
        return new FieldReportChecks(VALIDATOR, grids, workers, new FieldReportProperties(null, policy, null, null, null),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static FieldReportRequest at(double latitude, double longitude) {
        return new FieldReportRequest("c-1", FieldReportType.information, "村口情况", "描述", GRID, latitude, longitude,
                NOW.minus(Duration.ofHours(1)), Urgency.normal, 0, false, null);
    }

    private static FieldReportRequest occurredAt(Instant when) {
        return new FieldReportRequest("c-1", FieldReportType.information, "村口情况", "描述", GRID, null, null, when,
                Urgency.normal, 0, false, null);
    }
}

package org.fengqiao.grid.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.grid.v1.FieldReportEscalated;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.junit.jupiter.api.Test;

/** The producer side of the contract: what grid-service writes is exactly the golden sample. */
class FieldReportEventsTest {

    private final EventJson json = EventJson.standard();

    @Test
    void anAcceptedReportAnnouncesFieldReportSubmittedAsInItsGoldenSample() {
        FieldReportSubmitted sample = GoldenSamples.read(json, FieldReportSubmitted.class);
        FieldReportRequest request = new FieldReportRequest(sample.clientReportId(),
                FieldReportType.valueOf(sample.type()), sample.title(), sample.description(), sample.gridCode(),
                sample.latitude(), sample.longitude(), sample.occurredAt(), Urgency.valueOf(sample.urgency()),
                sample.peopleInvolved(), sample.handledOnSpot(), sample.result());

        FieldReport report = FieldReport.submit(sample.reportId(), request, LocationCheck.inside, sample.reporter(),
                sample.reporterName(), sample.submittedAt(), Duration.ofHours(72));

        assertThat(report.status()).isEqualTo(FieldReportStatus.forwarded);
        assertThat(report.outbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("field-report.submitted");
            assertThat(event.key()).isEqualTo(sample.reportId());
            assertThat(event.jurisdiction()).isEqualTo("330681101201");
            assertThat(json.parse(event.payload()))
                    .isEqualTo(json.parse(GoldenSamples.json(json.catalog().typeIdOf(FieldReportSubmitted.class))));
        });
    }

    @Test
    void aHazardPastItsDeadlineAnnouncesFieldReportEscalatedAsInItsGoldenSample() {
        FieldReportEscalated sample = GoldenSamples.read(json, FieldReportEscalated.class);
        FieldReportRequest request = new FieldReportRequest("c-9", FieldReportType.valueOf(sample.type()),
                sample.title(), "雨后边坡松动。", sample.gridCode(), null, null, sample.submittedAt().minusSeconds(600),
                Urgency.valueOf(sample.urgency()), 0, false, null);
        FieldReport report = FieldReport.submit(sample.reportId(), request, LocationCheck.no_position,
                "gridworker-fengyuan", "枫源村网格员", sample.submittedAt(), Duration.ofHours(4));
        assertThat(report.status()).isEqualTo(FieldReportStatus.queued);
        assertThat(report.dueAt()).isEqualTo(sample.dueAt());

        report.escalate(sample.escalatedAt());

        assertThat(report.status()).isEqualTo(FieldReportStatus.escalated);
        assertThat(report.outbox()).hasSize(2).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo("field-report.escalated");
            assertThat(json.parse(event.payload()))
                    .isEqualTo(json.parse(GoldenSamples.json(json.catalog().typeIdOf(FieldReportEscalated.class))));
        });
        assertThatThrownBy(() -> report.escalate(sample.escalatedAt())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReportIdIsTheSameForTheSameReporterAndClientIdAndDiffersOtherwise() {
        String id = FieldReport.idFor("gridworker-fengyuan", "c-1");

        assertThat(id).matches("[0-9a-f]{24}").isEqualTo(FieldReport.idFor("gridworker-fengyuan", "c-1"));
        assertThat(FieldReport.idFor("gridworker-chenjia", "c-1")).isNotEqualTo(id);
        assertThat(FieldReport.idFor("gridworker-fengyuan", "c-2")).isNotEqualTo(id);
    }
}

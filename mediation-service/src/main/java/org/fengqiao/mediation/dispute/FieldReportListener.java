package org.fengqiao.mediation.dispute;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * A grid worker's dispute sign (矛盾苗头) that was not settled on the spot opens a dispute at the village that owns
 * the grid. Once per report: the event id is deduplicated, and the report id is the dispute's unique source
 * reference, so even a report republished under a new event id opens no second dispute.
 */
@Component
class FieldReportListener {

    static final String DISPUTE_SIGN = "dispute_sign";

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final Disputes disputes;

    FieldReportListener(EventRecords records, ProcessedEvents processed, Disputes disputes) {
        this.records = records;
        this.processed = processed;
        this.disputes = disputes;
    }

    @KafkaListener(topics = Topics.GRID)
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, FieldReportSubmitted.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof FieldReportSubmitted report) || !opensDispute(report)) {
            return Mono.empty();
        }
        return processed.once(event, () -> disputes.open(fromReport(report), "urgent".equals(report.urgency()), false)
                .then());
    }

    static boolean opensDispute(FieldReportSubmitted report) {
        return DISPUTE_SIGN.equals(report.type()) && !report.handledOnSpot();
    }

    static NewDispute fromReport(FieldReportSubmitted report) {
        Jurisdiction place = Jurisdiction.of(report.jurisdiction());
        if (place.tier() == Jurisdiction.Tier.GRID) {
            place = place.parent().orElseThrow();
        }
        return new NewDispute(DisputeSource.grid_report, sourceReferenceOf(report), DisputeType.unclassified,
                report.title(), report.description(), List.of(), Math.max(report.peopleInvolved(), 0), null,
                "网格 " + report.gridCode(), place, report.reporter());
    }

    static String sourceReferenceOf(FieldReportSubmitted report) {
        return "field-report:" + report.reportId();
    }
}

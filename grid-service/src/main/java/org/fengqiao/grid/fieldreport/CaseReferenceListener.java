package org.fengqiao.grid.fieldreport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The case a grid worker's report became: mediation-service's {@code dispute.opened} for a dispute whose source is
 * {@code field-report:<reportId>} sets that report's case reference to {@code dispute:<disputeId>}, so the worker
 * sees it on the report. Naturally idempotent: the reference is set only while the report has none, so a
 * redelivered event changes nothing. Other types on the topic are skipped before their payload is read, and a
 * dispute from elsewhere (or from a report this store does not hold) changes nothing.
 */
@Component
class CaseReferenceListener {

    static final String REPORT_SOURCE = "field-report:";

    private final EventRecords records;
    private final ReactiveMongoTemplate mongo;

    CaseReferenceListener(EventRecords records, ReactiveMongoTemplate mongo) {
        this.records = records;
        this.mongo = mongo;
    }

    @KafkaListener(topics = Topics.MEDIATION, groupId = "${spring.application.name}-case-references")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, DisputeOpened.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof DisputeOpened opened) || opened.sourceReference() == null
                || !opened.sourceReference().startsWith(REPORT_SOURCE)) {
            return Mono.empty();
        }
        String reportId = opened.sourceReference().substring(REPORT_SOURCE.length());
        // Bumping the version makes a concurrent save of an older copy fail instead of erasing the reference.
        return mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(reportId).and("caseReference").is(null)),
                        new Update().set("caseReference", caseReferenceOf(opened)).inc("version", 1),
                        FieldReport.class)
                .then();
    }

    static String caseReferenceOf(DisputeOpened opened) {
        return "dispute:" + opened.disputeId();
    }
}

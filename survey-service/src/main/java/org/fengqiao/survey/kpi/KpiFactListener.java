package org.fengqiao.survey.kpi;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Topics;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts current from the live topics, in its own consumer group, once per event id. Types the KPIs do not
 * read are skipped by their header, so they never become poison here.
 */
@Component
class KpiFactListener {

    static final String ID = "kpi-facts";
    /** The name its processed-event marks are kept under; a rebuild forgets them with the facts. */
    static final String CONSUMER = "survey-service-kpis";

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final FactProjection projection;

    KpiFactListener(EventRecords records, ProcessedEvents processed, FactProjection projection) {
        this.records = records;
        this.processed = processed;
        this.projection = projection;
    }

    @KafkaListener(id = ID, topics = {Topics.PETITION, Topics.MEDIATION, Topics.SURVEY},
            groupId = "${spring.application.name}-kpis")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, FactProjection.TYPES,
                event -> processed.once(CONSUMER, event, () -> projection.apply(event)));
    }
}

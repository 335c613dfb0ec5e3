package org.fengqiao.mediation.jurisdiction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.platform.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Feeds {@code jurisdiction.changed} into the read model. Its own consumer group, so it sees every record of
 * {@code grid.events.v1} alongside the dispute listener (and replays from the beginning on a fresh group); other
 * types are skipped by their header before the payload is read, so they are never this listener's poison.
 */
@Component
class JurisdictionListener {

    private final EventRecords records;
    private final JurisdictionNames names;

    JurisdictionListener(EventRecords records, JurisdictionNames names) {
        this.records = records;
        this.names = names;
    }

    @KafkaListener(topics = Topics.GRID, groupId = "${spring.application.name}-jurisdictions")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, JurisdictionChanged.class, event -> event.payload() instanceof JurisdictionChanged change
                ? names.apply(change)
                : Mono.empty());
    }
}

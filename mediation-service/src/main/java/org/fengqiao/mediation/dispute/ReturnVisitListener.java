package org.fengqiao.mediation.dispute;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 回访不满意 from survey-service: a concluded dispute is mediated again at its tier, once per return visit (the event
 * id is deduplicated, and the dispute remembers the visit that reopened it). Other case types, unknown disputes and
 * disputes that are not concluded (still open, diverted) are skipped.
 */
@Component
class ReturnVisitListener {

    static final String DISPUTE = "dispute";
    private static final Logger log = LoggerFactory.getLogger(ReturnVisitListener.class);

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final Disputes disputes;

    ReturnVisitListener(EventRecords records, ProcessedEvents processed, Disputes disputes) {
        this.records = records;
        this.processed = processed;
        this.disputes = disputes;
    }

    @KafkaListener(topics = Topics.SURVEY)
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, ReturnVisitDissatisfied.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof ReturnVisitDissatisfied visit) || !DISPUTE.equals(visit.caseType())) {
            return Mono.empty();
        }
        return processed.once(event, () -> disputes.reopenAfterReturnVisit(visit.caseId(), visit.returnVisitId(),
                        visit.comment())
                .switchIfEmpty(Mono.fromRunnable(() -> log.info(
                        "return visit {}: dispute {} not reopened (unknown, not concluded, or reopened already)",
                        visit.returnVisitId(), visit.caseId())))
                .then());
    }
}

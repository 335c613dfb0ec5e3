package org.fengqiao.mediation.dispute;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Return visits of disputes from survey-service. 回访不满意 (substantive): a concluded dispute is mediated again at
 * its tier, once per return visit (the event id is deduplicated, and the dispute remembers the visit that reopened
 * it). Any other ended visit ({@code return-visit.completed}: 满意, 基本满意, a subjective 不满意, or 无法联系) is noted
 * on the dispute, which is closed (结案) once its agreement is performed. Other case types, unknown disputes and
 * disputes in another state are skipped; other event types of the topic are skipped by their header.
 */
@Component
class ReturnVisitListener {

    static final String DISPUTE = "dispute";
    private static final Set<String> TYPES = Set.of("return-visit.dissatisfied", "return-visit.completed");
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
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (event.payload() instanceof ReturnVisitDissatisfied visit && DISPUTE.equals(visit.caseType())) {
            return processed.once(event, () -> disputes.reopenAfterReturnVisit(visit.caseId(), visit.returnVisitId(),
                            visit.comment())
                    .switchIfEmpty(Mono.fromRunnable(() -> log.info(
                            "return visit {}: dispute {} not reopened (unknown, not concluded, or reopened already)",
                            visit.returnVisitId(), visit.caseId())))
                    .then());
        }
        if (event.payload() instanceof ReturnVisitCompleted visit && DISPUTE.equals(visit.caseType())
                && !"substantive".equals(visit.dissatisfactionKind())) {
            ReturnVisitNote note = new ReturnVisitNote(visit.returnVisitId(), visit.reached(), visit.satisfaction(),
                    visit.at());
            return processed.once(event, () -> disputes.noteReturnVisit(visit.caseId(), note)
                    .switchIfEmpty(Mono.fromRunnable(() -> log.info(
                            "return visit {}: not noted on dispute {} (unknown, no agreement awaiting it, or noted)",
                            visit.returnVisitId(), visit.caseId())))
                    .then());
        }
        return Mono.empty();
    }
}

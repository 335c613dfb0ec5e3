package org.fengqiao.petition.workorder;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.petition.petition.PetitionRedo;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 重办 after a substantive dissatisfaction at the return visit, by the case type visited: a work order goes back to
 * its holder through the same transition as the dispatcher's reopen; a petition goes back to the unit that replied
 * ({@link PetitionRedo}). A case no longer reopenable (already redone, unknown) is skipped. One listener for both,
 * so the service's consumer group reads every partition of the survey topic once.
 */
@Component
class ReturnVisitRedoListener {

    static final Actor RETURN_VISIT = new Actor("survey-service", "回访系统");
    private static final String WORK_ORDER = "work-order";
    private static final String PETITION = "petition";

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final WorkOrderHandling handling;
    private final PetitionRedo petitions;

    ReturnVisitRedoListener(EventRecords records, ProcessedEvents processed, WorkOrderHandling handling,
                            PetitionRedo petitions) {
        this.records = records;
        this.processed = processed;
        this.handling = handling;
        this.petitions = petitions;
    }

    @KafkaListener(topics = Topics.SURVEY)
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, ReturnVisitDissatisfied.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof ReturnVisitDissatisfied visit)) {
            return Mono.empty();
        }
        if (WORK_ORDER.equals(visit.caseType())) {
            return processed.once(event, () -> handling.reopenOnRequest(visit.caseId(), reasonOf(visit), RETURN_VISIT)
                    .then());
        }
        if (PETITION.equals(visit.caseType())) {
            return processed.once(event, () -> petitions.afterReturnVisit(visit.caseId(), visit.returnVisitId(),
                    reasonOf(visit)));
        }
        return Mono.empty();
    }

    private static String reasonOf(ReturnVisitDissatisfied visit) {
        return "回访不满意（实质性）" + (visit.comment() == null || visit.comment().isBlank() ? "" : "：" + visit.comment());
    }
}

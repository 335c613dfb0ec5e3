package org.fengqiao.survey.returnvisit;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The case events that lead to return visits: who to call (work-order received), who answered (replied), and the
 * events that ask for a visit (an approved work-order review, a petition reply, a mediation agreement), and the
 * units' names for the rating page. One listener in its own consumer group,
 * so a case's events are handled in order here whatever else survey-service consumes; other event types are
 * skipped by their header, unread.
 */
@Component
class CaseEventsListener {

    /** The {@link ProcessedEvents} consumer name: other survey features react to the same events differently. */
    static final String CONSUMER = "survey-service-return-visits";
    private static final Set<String> TYPES = Set.of("work-order.received", "work-order.replied",
            "work-order.reviewed", "petition.replied", "dispute.concluded", "jurisdiction.changed");

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final CaseContacts contacts;
    private final UnitNames units;
    private final ReturnVisits returnVisits;

    CaseEventsListener(EventRecords records, ProcessedEvents processed, CaseContacts contacts, UnitNames units,
                       ReturnVisits returnVisits) {
        this.records = records;
        this.processed = processed;
        this.contacts = contacts;
        this.units = units;
        this.returnVisits = returnVisits;
    }

    @KafkaListener(topics = {Topics.PETITION, Topics.MEDIATION, Topics.GRID},
            groupId = "${spring.application.name}-return-visits")
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, TYPES, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        String eventId = event.metadata().eventId().toString();
        Object payload = event.payload();
        if (payload instanceof WorkOrderReceived received) {
            return contacts.citizen(VisitedCase.WORK_ORDER, received.workOrderId(), received.callerName(),
                    received.callerPhone());
        }
        if (payload instanceof WorkOrderReplied replied) {
            return contacts.replied(VisitedCase.WORK_ORDER, replied.workOrderId(), replied.holder(), replied.at());
        }
        if (payload instanceof WorkOrderReviewed review && review.approved()) {
            return processed.once(CONSUMER, event, () -> returnVisits.afterReview(review, eventId));
        }
        if (payload instanceof PetitionReplied replied) {
            return processed.once(CONSUMER, event, () -> returnVisits.afterPetitionReply(replied));
        }
        if (payload instanceof DisputeConcluded concluded && "agreement".equals(concluded.state())) {
            return processed.once(CONSUMER, event, () -> returnVisits.afterAgreement(concluded, eventId));
        }
        if (payload instanceof JurisdictionChanged change) {
            return units.apply(change);
        }
        return Mono.empty();
    }
}

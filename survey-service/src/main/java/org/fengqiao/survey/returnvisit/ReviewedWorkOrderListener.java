package org.fengqiao.survey.returnvisit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** An approved work-order reply (审核通过) is due a return visit; a reply sent back is not. */
@Component
class ReviewedWorkOrderListener {

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final ReturnVisits returnVisits;

    ReviewedWorkOrderListener(EventRecords records, ProcessedEvents processed, ReturnVisits returnVisits) {
        this.records = records;
        this.processed = processed;
        this.returnVisits = returnVisits;
    }

    @KafkaListener(topics = Topics.PETITION)
    void on(ConsumerRecord<String, String> record) {
        records.consume(record, WorkOrderReviewed.class, this::handle);
    }

    private Mono<Void> handle(Event<?> event) {
        if (!(event.payload() instanceof WorkOrderReviewed review) || !review.approved()) {
            return Mono.empty();
        }
        return processed.once(event, () -> returnVisits.afterReview(review, event.metadata().eventId().toString()));
    }
}

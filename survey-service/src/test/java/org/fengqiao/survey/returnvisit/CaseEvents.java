package org.fengqiao.survey.returnvisit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.Topics;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestKafka;

/**
 * The other services' side of a return visit in an IT: a work order's events published into the test broker, and
 * what survey-service publishes back (recorded from the moment this is created). Close it after the test.
 */
final class CaseEvents implements AutoCloseable {

    private static final EventJson JSON = EventJson.standard();

    final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();
    final RecordingConsumer survey = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.SURVEY);

    /** A work order received, replied by 枫桥镇 and approved, as petition-service publishes it. */
    WorkOrder workOrder(String orderNumber, String callerName, String callerPhone) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        Instant receivedAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        publisher.publish(new WorkOrderReceived(id, orderNumber, callerName, callerPhone, "路灯不亮", "complaint",
                "normal", "枫桥镇枫源村", DemoDivisions.COUNTY, receivedAt), id, DemoDivisions.COUNTY);
        Instant repliedAt = receivedAt.plus(1, ChronoUnit.DAYS);
        publisher.publish(new WorkOrderReplied(id, orderNumber, "replied", DemoDivisions.FENGQIAO,
                DemoDivisions.COUNTY, repliedAt, "已修复路灯", "handler-fengqiao"), id, DemoDivisions.COUNTY);
        return new WorkOrder(id, orderNumber, repliedAt);
    }

    WorkOrderReviewed approve(WorkOrder order, UUID eventId) {
        WorkOrderReviewed review = new WorkOrderReviewed(order.id(), order.orderNumber(), "reviewed", null,
                DemoDivisions.COUNTY, Instant.now().truncatedTo(ChronoUnit.MILLIS), true, null, "county-dispatcher");
        publisher.publish(review, order.id(), DemoDivisions.COUNTY, eventId);
        return review;
    }

    /** A new visit of an approved work order, once its {@code return-visit.scheduled} is out. */
    ReturnVisitScheduled scheduledVisit(String orderNumber) {
        WorkOrder order = workOrder(orderNumber, "王秀英", "13905751234");
        approve(order, UUID.randomUUID());
        return awaitScheduled(order.id());
    }

    ReturnVisitScheduled awaitScheduled(String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !scheduled(caseId).isEmpty());
        return scheduled(caseId).get(0);
    }

    List<ReturnVisitScheduled> scheduled(String caseId) {
        return survey.records().stream()
                .filter(record -> "return-visit.scheduled".equals(type(record)))
                .map(record -> (ReturnVisitScheduled) JSON.read(new EventTypeId("return-visit.scheduled", 1), record.value()))
                .filter(event -> caseId.equals(event.caseId()))
                .toList();
    }

    List<ReturnVisitCompleted> completed(String visitId) {
        return published(visitId, "return-visit.completed", ReturnVisitCompleted.class);
    }

    List<ReturnVisitDissatisfied> dissatisfied(String visitId) {
        return published(visitId, "return-visit.dissatisfied", ReturnVisitDissatisfied.class);
    }

    private <T> List<T> published(String visitId, String type, Class<T> payloadType) {
        return survey.withKey(visitId).stream()
                .filter(record -> type.equals(type(record)))
                .map(record -> payloadType.cast(JSON.read(new EventTypeId(type, 1), record.value())))
                .toList();
    }

    List<String> typesOf(String visitId) {
        return survey.withKey(visitId).stream().map(CaseEvents::type).toList();
    }

    static String tokenOf(ReturnVisitScheduled scheduled) {
        return scheduled.ratingUrl().substring(scheduled.ratingUrl().lastIndexOf('/') + 1);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return RecordingConsumer.header(record, EventHeaders.EVENT_TYPE);
    }

    @Override
    public void close() {
        survey.close();
        publisher.close();
    }

    record WorkOrder(String id, String orderNumber, Instant repliedAt) {
    }
}

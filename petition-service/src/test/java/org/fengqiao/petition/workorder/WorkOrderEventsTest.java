package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.EventTypeId;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the contract: what petition-service writes is exactly the golden sample. The samples of
 * the work-order changes tell one story (misrouted to 赵家镇, returned, reassigned to 枫桥镇, extended, replied,
 * reviewed, closed, reopened), with deadlines computed on the real work calendar.
 */
class WorkOrderEventsTest {

    private final EventJson json = EventJson.standard();
    private final WorkOrderDeadlines deadlines = WorkOrders.deadlines();

    @Test
    void aReceivedOrderAnnouncesWorkOrderReceivedAsInItsGoldenSample() {
        WorkOrder order = sampleOrder();

        assertThat(order.outbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("work-order.received");
            assertThat(event.key()).isEqualTo(order.id());
            assertMatchesSample(event);
        });
    }

    @Test
    void everyChangeOfTheOrderAnnouncesExactlyItsGoldenSample() {
        WorkOrder order = sampleOrder();
        Unit zhaojia = new Unit("330681102", null);
        Unit fengqiao = new Unit("330681101", null);

        order.dispatch(zhaojia, "请3个工作日内处理并回单", deadlines, WorkOrders.DISPATCHER, at("2026-11-23T01:00:00Z"));
        order.returnToDispatcher("枫源村属枫桥镇管辖，非本镇辖区", WorkOrders.ZHAOJIA, at("2026-11-23T03:00:00Z"));
        order.reassign(fengqiao, "改派枫桥镇办理", deadlines, WorkOrders.DISPATCHER, at("2026-11-23T05:30:00Z"));
        order.claim(WorkOrders.FENGQIAO, at("2026-11-23T06:00:00Z"));
        order.requestExtension(2, "需供电所更换线路，配件待到货", WorkOrders.FENGQIAO, at("2026-11-25T02:00:00Z"));
        order.decideExtension(true, "同意延期2个工作日", deadlines, WorkOrders.DISPATCHER, at("2026-11-25T06:00:00Z"));
        order.reply("已联系供电所更换损坏线路，路灯于11月27日恢复照明。", WorkOrders.FENGQIAO, at("2026-11-27T08:00:00Z"));
        order.review(true, "办理情况属实，同意回单", WorkOrders.DISPATCHER, at("2026-11-27T09:00:00Z"));
        order.close("回访满意，结案", WorkOrders.DISPATCHER, at("2026-11-30T02:00:00Z"));
        order.reopen("回访不满意：路灯再次熄灭", deadlines, WorkOrders.DISPATCHER, at("2026-12-01T02:00:00Z"));

        List<OutboxEvent> events = order.outbox();
        assertThat(events).extracting(OutboxEvent::type).containsExactly("work-order.received",
                "work-order.dispatched", "work-order.returned", "work-order.reassigned", "work-order.claimed",
                "work-order.extension-requested", "work-order.extension-decided", "work-order.replied",
                "work-order.reviewed", "work-order.closed", "work-order.reopened");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.key()).isEqualTo(order.id());
            assertThat(event.jurisdiction()).isEqualTo("330681");
            assertMatchesSample(event);
        });
    }

    private WorkOrder sampleOrder() {
        WorkOrderReceived sample = GoldenSamples.read(json, WorkOrderReceived.class);
        ReceiveWorkOrderRequest request = new ReceiveWorkOrderRequest(sample.orderNumber(), sample.callerName(),
                sample.callerPhone(), sample.content(), WorkOrderCategory.valueOf(sample.category()),
                Urgency.valueOf(sample.urgency()), sample.address());
        return WorkOrder.receive(sample.workOrderId(), request, sample.jurisdiction(), WorkOrders.HOTLINE,
                sample.receivedAt());
    }

    private void assertMatchesSample(OutboxEvent event) {
        assertThat(json.parse(event.payload())).as(event.type())
                .isEqualTo(json.parse(GoldenSamples.json(new EventTypeId(event.type(), event.version()))));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}

package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.junit.jupiter.api.Test;

/** The producer side of the contract: what petition-service writes is exactly the golden sample. */
class WorkOrderEventsTest {

    private final EventJson json = EventJson.standard();

    @Test
    void aReceivedOrderAnnouncesWorkOrderReceivedAsInItsGoldenSample() {
        WorkOrderReceived sample = GoldenSamples.read(json, WorkOrderReceived.class);
        ReceiveWorkOrderRequest request = new ReceiveWorkOrderRequest(sample.orderNumber(), sample.callerName(),
                sample.callerPhone(), sample.content(), WorkOrderCategory.valueOf(sample.category()),
                Urgency.valueOf(sample.urgency()), sample.address());

        WorkOrder order = WorkOrder.receive(sample.workOrderId(), request, sample.jurisdiction(), "hotline-12345",
                sample.receivedAt());

        assertThat(order.outbox()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("work-order.received");
            assertThat(event.key()).isEqualTo(sample.workOrderId());
            assertThat(json.parse(event.payload()))
                    .isEqualTo(json.parse(GoldenSamples.json(json.catalog().typeIdOf(WorkOrderReceived.class))));
        });
    }
}

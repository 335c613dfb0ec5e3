package org.fengqiao.platform.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate shaped like a service's: state, optimistic lock, and the events its changes caused. */
@Document(TestCase.COLLECTION)
record TestCase(@Id String id, @Version Long version, String jurisdiction, List<String> changes, List<OutboxEvent> outbox) {

    static final String COLLECTION = "test_cases";

    static TestCase open(String id) {
        return new TestCase(id, null, "330681101", List.of(), List.of());
    }

    /** A state change and the event it causes, in one value: saving it is one single-document write. */
    TestCase change(String what, Instant at) {
        List<String> changed = new ArrayList<>(changes);
        changed.add(what);
        WorkOrderReceived happened = new WorkOrderReceived(id, "ZJ12345-" + id, "王秀英", "13905751234", what,
                "help", "normal", "诸暨市枫桥镇枫源村", jurisdiction, at);
        return new TestCase(id, version, jurisdiction, List.copyOf(changed),
                OutboxEvent.of(happened, id, jurisdiction, at).appendTo(outbox));
    }
}

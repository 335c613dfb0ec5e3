package org.fengqiao.notification.sms;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who to tell about a work order, remembered from {@code work-order.received} (later events lack the phone). */
@Document("work_order_contacts")
record WorkOrderContact(@Id String workOrderId, String orderNumber, String callerName, String callerPhone,
                        String urgency, String jurisdiction) {

    boolean urgent() {
        return "urgent".equals(urgency) || "emergency".equals(urgency);
    }
}

package org.fengqiao.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case some unit must act on by {@code dueAt}, kept only while it is open (a compact set for the daily digest:
 * a reply, a close, a return, a conclusion removes it).
 *
 * @param id        {@code <caseType>:<caseId>}
 * @param unit      the inbox key of the holding unit, e.g. {@code handler@330681101}
 * @param reference what people call the case: the order number, or the dispute's summary
 */
@Document(OpenDeadline.COLLECTION)
record OpenDeadline(@Id String id, String unit, String caseType, String caseId, String reference, Instant dueAt,
                    Instant updatedAt) {

    static final String COLLECTION = "open_deadlines";
}

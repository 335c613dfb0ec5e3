package org.fengqiao.grid.fieldreport;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One queued report's deadline. Kept apart from the reports so the overdue sweep scans only what is still open
 * (the store ignores non-unique indexes); removed once the report is handled or escalated.
 */
@Document(HandlingDeadline.COLLECTION)
record HandlingDeadline(@Id String reportId, Instant dueAt) {

    static final String COLLECTION = "handling_deadlines";
}

package org.fengqiao.grid.fieldreport;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A photo attached to a field report, stored in the Mongo store itself (well under the 16 MB document limit).
 * Keyed by report and content hash, so the same picture uploaded again (a phone retrying) is stored once.
 */
@Document(FieldReportPhoto.COLLECTION)
record FieldReportPhoto(@Id String id, String reportId, String sha256, String contentType, long size, byte[] data,
                        String uploadedBy, Instant uploadedAt) {

    static final String COLLECTION = "field_report_photos";

    static String idFor(String reportId, String sha256) {
        return reportId + ":" + sha256;
    }
}

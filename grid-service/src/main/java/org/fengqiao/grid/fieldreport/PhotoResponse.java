package org.fengqiao.grid.fieldreport;

import java.time.Instant;

/** A photo's description; its bytes are at {@code href}. */
record PhotoResponse(String sha256, String reportId, String contentType, long size, Instant uploadedAt, String href) {

    static PhotoResponse of(FieldReportPhoto photo) {
        return new PhotoResponse(photo.sha256(), photo.reportId(), photo.contentType(), photo.size(),
                photo.uploadedAt(), "/api/field-reports/" + photo.reportId() + "/photos/" + photo.sha256());
    }
}

package org.fengqiao.grid.fieldreport;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rejected single report, answered as its own problem detail (the platform keeps a service's own body). */
class FieldReportRejectedException extends ErrorResponseException {

    FieldReportRejectedException(Rejection rejection) {
        super(rejection.status(), body(rejection), null);
    }

    private static ProblemDetail body(Rejection rejection) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(rejection.status(), rejection.detail());
        body.setProperty("reason", rejection.reason());
        if (!rejection.errors().isEmpty()) {
            body.setProperty("errors", rejection.errors());
        }
        return body;
    }
}

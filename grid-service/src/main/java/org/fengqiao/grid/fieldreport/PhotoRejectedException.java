package org.fengqiao.grid.fieldreport;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 413 or 415 for an upload, with our own wording (the platform keeps a service's own problem body). */
class PhotoRejectedException extends ErrorResponseException {

    PhotoRejectedException(HttpStatus status, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}

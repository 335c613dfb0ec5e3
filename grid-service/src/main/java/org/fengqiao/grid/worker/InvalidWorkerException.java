package org.fengqiao.grid.worker;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400 for a worker described wrongly (e.g. an unknown grid), with the fields at fault in {@code errors}. */
class InvalidWorkerException extends ErrorResponseException {

    InvalidWorkerException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, body(field, message), null);
    }

    private static ProblemDetail body(String field, String message) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "网格员信息校验未通过");
        body.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return body;
    }
}

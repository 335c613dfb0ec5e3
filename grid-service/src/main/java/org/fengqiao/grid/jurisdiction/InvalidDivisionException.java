package org.fengqiao.grid.jurisdiction;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400 for a division an admin described wrongly, with the fields at fault in {@code errors}. */
class InvalidDivisionException extends ErrorResponseException {

    InvalidDivisionException(String field, List<String> messages) {
        super(HttpStatus.BAD_REQUEST, body(field, messages), null);
    }

    private static ProblemDetail body(String field, List<String> messages) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "区划信息校验未通过");
        body.setProperty("errors", messages.stream().map(message -> Map.of("field", field, "message", message)).toList());
        return body;
    }
}

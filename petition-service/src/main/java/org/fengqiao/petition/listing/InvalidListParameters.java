package org.fengqiao.petition.listing;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** List parameters the caller got wrong: 400 with one {@code errors} entry per parameter, nothing read. */
public class InvalidListParameters extends ErrorResponseException {

    /** One wrong parameter and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidListParameters(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, body(errors), null);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static ProblemDetail body(List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "列表参数无效：" + String.join("、", errors.stream().map(FieldError::field).distinct().toList()));
        body.setTitle("请求无效");
        body.setProperty("errors", errors);
        return body;
    }
}

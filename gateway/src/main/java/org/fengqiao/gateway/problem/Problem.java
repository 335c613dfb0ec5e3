package org.fengqiao.gateway.problem;

import org.springframework.http.HttpStatus;

/**
 * One problem answer: {@code type} is {@code urn:fengqiao:problem:<code>}, title and detail are read by
 * people (Chinese).
 */
public record Problem(HttpStatus status, String code, String title, String detail) {

    /** The RFC 9457 {@code type} URI of this problem. */
    public String type() {
        return "urn:fengqiao:problem:" + code;
    }
}

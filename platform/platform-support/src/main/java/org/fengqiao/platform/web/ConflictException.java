package org.fengqiao.platform.web;

/**
 * Answered with 409 as a problem detail whose {@code detail} is this message: the request conflicts with the
 * record's current state, typically an illegal state transition, e.g. {@code "信访件已办结，不能再次交办"}.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}

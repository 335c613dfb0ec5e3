package org.fengqiao.platform.web;

/**
 * Answered with 403 as a problem detail whose {@code detail} is this message: the caller is authenticated but may
 * not do this, e.g. act outside its jurisdiction.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}

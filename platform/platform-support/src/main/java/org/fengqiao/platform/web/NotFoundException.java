package org.fengqiao.platform.web;

/**
 * Answered with 404 as a problem detail whose {@code detail} is this message: the record does not exist, or lies
 * outside the caller's jurisdiction (answering 404 rather than 403 does not reveal that it exists).
 * Write the message for the person reading it, e.g. {@code "信访件 XF-2026-0001 不存在"}.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}

package org.fengqiao.notification.delivery;

import org.fengqiao.platform.web.InvalidInput;

/** A search filter the caller sent that means nothing (answered 400). */
class InvalidFilterException extends RuntimeException implements InvalidInput {

    InvalidFilterException(String message) {
        super(message);
    }
}

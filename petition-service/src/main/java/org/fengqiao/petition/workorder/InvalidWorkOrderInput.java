package org.fengqiao.petition.workorder;

import org.fengqiao.platform.web.InvalidInput;

/** A request whose values make no sense for this order (e.g. a target unit outside its county): answered 400. */
class InvalidWorkOrderInput extends IllegalArgumentException implements InvalidInput {

    InvalidWorkOrderInput(String message) {
        super(message);
    }
}

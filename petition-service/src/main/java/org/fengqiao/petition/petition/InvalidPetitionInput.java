package org.fengqiao.petition.petition;

import org.fengqiao.platform.web.InvalidInput;

/** A request whose values make no sense for this petition: answered 400. */
class InvalidPetitionInput extends IllegalArgumentException implements InvalidInput {

    InvalidPetitionInput(String message) {
        super(message);
    }
}

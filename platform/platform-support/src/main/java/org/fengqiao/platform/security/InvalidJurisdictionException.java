package org.fengqiao.platform.security;

import org.fengqiao.platform.web.InvalidInput;

/**
 * A division code that is not a valid {@link Jurisdiction}. The web layer answers it with 400 when it comes from
 * a request (body, path or query); a malformed code in a token is answered with 403 instead.
 */
public class InvalidJurisdictionException extends IllegalArgumentException implements InvalidInput {

    public InvalidJurisdictionException(String message) {
        super(message);
    }
}

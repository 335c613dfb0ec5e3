package org.fengqiao.platform.web;

/**
 * Marks an exception whose message says, for the caller, what is wrong with a value the caller sent; when it
 * reaches the web layer (directly, or as the cause of a failed conversion of a body field, path or query value)
 * it is answered 400 with that message. Implemented by exceptions of value types parsed from input, e.g.
 * {@code InvalidJurisdictionException}.
 */
public interface InvalidInput {

    String getMessage();
}

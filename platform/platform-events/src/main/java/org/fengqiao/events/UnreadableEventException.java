package org.fengqiao.events;

/** An event whose type is unknown or whose payload does not fit its contract: a poison message. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

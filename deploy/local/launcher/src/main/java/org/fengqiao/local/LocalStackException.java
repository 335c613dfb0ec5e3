package org.fengqiao.local;

/** The stack could not be started or controlled; the message says why and, for a crashed child, shows its log tail. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}

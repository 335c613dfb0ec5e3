package org.fengqiao.platform.messaging;

/** Short descriptions of failures for log lines that must not carry a stack trace. */
final class Failures {

    private Failures() {
    }

    /** The innermost cause as {@code SimpleClassName: message}. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

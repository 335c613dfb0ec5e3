package org.fengqiao.gateway.problem;

/**
 * Ends an exchange with a problem the raising filter has already worded, also when it can only raise it from
 * inside a stream (such as a request body being forwarded); {@link UpstreamFailureHandler} writes it as is.
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

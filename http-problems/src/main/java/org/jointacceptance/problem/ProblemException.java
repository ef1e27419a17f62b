package org.jointacceptance.problem;

/** Thrown by a service to answer with a problem of a known kind, e.g. a result for a department that was not asked. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String kind, String detail) {
        return new ProblemException(Problem.of(kind, "Conflict with the current state", 409, detail));
    }

    public static ProblemException invalid(String kind, String detail) {
        return new ProblemException(Problem.of(kind, "Invalid request", 400, detail));
    }

    public Problem problem() {
        return problem;
    }
}

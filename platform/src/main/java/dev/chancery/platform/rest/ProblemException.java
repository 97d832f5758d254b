package dev.chancery.platform.rest;

/** Thrown by resources to answer with a problem document. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(Problem.of(400, slug, "Bad request", detail));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " '" + id + "' does not exist"));
    }

    public Problem problem() {
        return problem;
    }
}

package dev.chancery.ingestion.service;

import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An article that cannot be accepted. It is a {@link ProblemException}, so REST answers with its problem document,
 * and its message (every violation) becomes the {@code dead-letter-reason} of a Kafka record.
 */
public class ArticleRejectedException extends ProblemException {
    private final transient List<Violation> violations;

    public ArticleRejectedException(List<Violation> violations) {
        super(problemOf(violations));
        this.violations = List.copyOf(violations);
    }

    /** One problem not tied to a field, such as malformed JSON or an empty request. */
    public static ArticleRejectedException of(int status, String slug, String title, String detail) {
        return new ArticleRejectedException(Problem.of(status, slug, title, detail));
    }

    private ArticleRejectedException(Problem problem) {
        super(problem);
        this.violations = List.of();
    }

    public List<Violation> violations() {
        return violations;
    }

    private static Problem problemOf(List<Violation> violations) {
        boolean tooLarge = violations.stream().anyMatch(v -> Violation.TOO_LARGE.equals(v.code()));
        String detail = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        Problem problem = tooLarge
                ? Problem.of(413, "article-too-large", "Article too large", detail)
                : Problem.of(400, "invalid-article", "Invalid article", detail);
        return problem.withErrors(violations.stream().map(Violation::asError).toList());
    }
}

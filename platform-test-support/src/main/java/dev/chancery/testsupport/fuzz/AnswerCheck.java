package dev.chancery.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;

/**
 * The rules every answer keeps: never 5xx; the status a request must get when only one is right; every 4xx an
 * RFC 9457 problem document ({@code application/problem+json}) whose {@code status} is the answer's.
 */
public final class AnswerCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerCheck() {
    }

    /** What is wrong with this answer to {@code request}, if anything. */
    public static Optional<String> check(FuzzRequest request, int status, String contentType, byte[] body) {
        if (status >= 500) {
            return Optional.of("answered " + status);
        }
        if (request.expectedStatus() != 0 && status != request.expectedStatus()) {
            return Optional.of("answered " + status + ", not " + request.expectedStatus());
        }
        if (status < 400) {
            return Optional.empty();
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return Optional.of("answered " + status + " as " + contentType + ", not a problem document");
        }
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("status").asInt() == status && problem.hasNonNull("type") && problem.hasNonNull("title")
                    ? Optional.empty()
                    : Optional.of("answered " + status + " with a problem document lacking type, title or status "
                            + status);
        } catch (Exception e) {
            return Optional.of("answered " + status + " with a problem document that is not JSON");
        }
    }
}

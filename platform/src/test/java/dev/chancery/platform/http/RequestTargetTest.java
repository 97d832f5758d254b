package dev.chancery.platform.http;

import dev.chancery.platform.rest.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets in, the status and detail of the refusal (or none) out; the size limits and the problem instance alike. */
class RequestTargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "/api/v1/events/ev-1                      | none",
            "/api/v1/ask?q=who+is+invited%3F          | none",
            "/api/v1/actors/person%3Aj%C3%B6rg/timeline | none",
            "/api/v1/events/%00                       | path holds a control character",
            "/api/v1/events/a%0Ab                     | path holds a control character",
            "/api/v1/ask?q=%00                        | query holds a control character",
            "/api/v1/ask?q=a%7Fb                      | query holds a control character",
            "/api/v1/events/%ED%A0%80                 | path is not UTF-8",
            "/api/v1/ask?q=%C3                        | query is not UTF-8",
            "/api/v1/ask?q=100%                       | query has a malformed percent-encoding",
            "/api/v1/events/%zz                       | path has a malformed percent-encoding"})
    void refusesTargetsNoApiCanAccept(String target, String refusal) {
        var problem = RequestTarget.check(target);
        if (refusal == null) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).get().extracting(Problem::status, Problem::detail)
                    .satisfies(v -> assertThat(v.get(0)).isEqualTo(400))
                    .satisfies(v -> assertThat((String) v.get(1)).startsWith("the request " + refusal));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "100, 100, 0",
            "101, 100, 414",
            "100, 200, 0",
            "100, 201, 431"})
    void refusesRequestLinesAndHeadersOverTheLimits(int lineLength, int headerValueLength, int status) {
        var limits = new RequestLimits(100, 200);
        var headers = List.of(Map.entry("X", "v".repeat(headerValueLength - 5)));
        var problem = limits.check(lineLength, headers);
        assertThat(problem.map(Problem::status).orElse(0)).isEqualTo(status);
        problem.ifPresent(p -> assertThat(p.type().toString()).endsWith(status == 414 ? "uri-too-long"
                : "header-fields-too-large"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none, none", "/api/v1/x, /api/v1/x", "LONG, CUT"})
    void theInstanceOfAProblemIsThePathCutShort(String path, String instance) {
        String longPath = "/" + "p".repeat(ProblemWriter.MAX_INSTANCE + 100);
        String expected = "CUT".equals(instance) ? longPath.substring(0, ProblemWriter.MAX_INSTANCE) + "..." : instance;
        assertThat(ProblemWriter.instance("LONG".equals(path) ? longPath : path)).isEqualTo(expected);
    }
}

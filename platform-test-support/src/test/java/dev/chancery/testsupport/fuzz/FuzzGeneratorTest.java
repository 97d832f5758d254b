package dev.chancery.testsupport.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator, table-driven: a parameter or an operation in, the bad values and requests out. */
class FuzzGeneratorTest {
    static final List<Credential> CREDENTIALS = List.of(new Credential("no token", null, false),
            new Credential("role read", "Bearer r", true), new Credential("every role", "Bearer all", true));

    @ParameterizedTest(name = "{0} {1} [{2},{3}] -> {4} values, holding {5}")
    @CsvSource(nullValues = "null", value = {
            "string,  null,      null, null, 23, %00",
            "string,  date-time, null, null, 32, 2026-13-45",
            "integer, int32,     1,    500,  37, 501",
            "integer, int32,     1,    500,  37, 0",
            "boolean, null,      null, null, 27, yes"})
    void eachTypeGetsTheValuesOfAnyTypeAndItsOwn(String type, String format, Long min, Long max, int count,
            String holding) {
        var parameter = new ApiParameter("p", "query", type, format, min, max, false, List.of(), null);
        assertThat(BadValues.all(parameter)).hasSize(count).contains(holding, "%ED%A0%80", "%00");
    }

    @Test
    void aSampleIsFixedByTheSeedAndStartsWithTheTypesOwnValues() {
        var size = new ApiParameter("size", "query", "integer", "int32", 1L, 500L, false, List.of(), null);
        var first = BadValues.sample(size, 8, new Random(7));
        assertThat(first).hasSize(8).isEqualTo(BadValues.sample(size, 8, new Random(7)));
        assertThat(first.subList(0, 2)).isEqualTo(BadValues.ALWAYS);
        assertThat(BadValues.NUMBER).contains(first.get(2));
    }

    @Test
    void aSecuredOperationGetsTheAuthMatrixBadValuesAndTheLimits() {
        var op = new ApiOperation("GET", "/api/v1/events/{id}",
                List.of(new ApiParameter("id", "path", "string", null, null, null, true, List.of(), "ev 1"),
                        new ApiParameter("asOf", "query", "string", "date-time", null, null, false, List.of(), null),
                        new ApiParameter("q", "query", "string", null, null, null, false, List.of(), "a b")),
                List.of(), null, Set.of("200", "401", "404"));
        var requests = new FuzzPlan(CREDENTIALS, 3, 0, 1).requests(op);

        assertThat(requests).extracting(FuzzRequest::label).contains("GET /api/v1/events/{id} auth: no token",
                "GET /api/v1/events/{id} without asOf", "GET /api/v1/events/{id} asOf twice");
        assertThat(requests).hasSize(3 + 3 * 3 + 2 * 2 + 4 + 3);
        assertThat(requests.get(0)).extracting(FuzzRequest::target, FuzzRequest::expectedStatus)
                .containsExactly("/api/v1/events/ev%201?q=a%20b", 401);
        assertThat(requests).extracting(FuzzRequest::target).contains("/api/v1/events/%00?q=a%20b",
                "/api/v1/events/ev%201?q=a%20b&asOf=%ED%A0%80", "/api/v1/events/ev%201?q=%00");
        assertThat(requests.get(1).expectedStatus()).isZero();
        assertThat(requests).filteredOn(r -> r.label().endsWith("over the limit"))
                .extracting(FuzzRequest::expectedStatus).containsExactlyInAnyOrder(414, 431);
    }

    @Test
    void anOperationWithABodyGetsBadBodiesWrongMediaTypesAndMutationsOfItsExample() {
        var op = new ApiOperation("POST", "/api/v1/extract", List.of(), List.of("application/json"),
                "{\"text\":\"One sentence.\",\"published\":\"2026-01-01\"}", Set.of("200", "400"));
        var requests = new FuzzPlan(CREDENTIALS, 3, 500, 1).requests(op);
        int bodies = BadBodies.MALFORMED.size() + 2 + 2 * (BadBodies.FIELD_VALUES.size() + 1);
        assertThat(requests).filteredOn(r -> r.label().endsWith("bad body")).hasSize(bodies);
        assertThat(requests).filteredOn(r -> r.label().contains("media ")).hasSize(FuzzPlan.WRONG_MEDIA.size());
        assertThat(requests).anySatisfy(r -> assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"text\":\"\\uD800\",\"published\":\"2026-01-01\"}"));
        var withUrl = BadBodies.mutations("{\"url\":\"https://e.org/a\",\"t\":\"x\"}");
        assertThat(new String(withUrl.get(withUrl.size() - 1), StandardCharsets.UTF_8)).isEqualTo("{\"url\":\"https://e.org/a?fuzz=33\"}");
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "200 | application/json         | []                                              | null",
            "500 | application/problem+json | {\"type\":\"t\",\"title\":\"x\",\"status\":500} | answered 500",
            "404 | text/html                | <html/>                                         | answered 404 as text/html, not a problem document",
            "414 | null                     | ''                                              | answered 414 as null, not a problem document",
            "400 | application/problem+json | {\"type\":\"t\",\"title\":\"x\",\"status\":404} | answered 400 with a problem document lacking type, title or status 400",
            "400 | application/problem+json | {\"type\":\"t\",\"title\":\"x\",\"status\":400} | null"})
    void answersBreakTheRulesOrNot(int status, String contentType, String body, String failure) {
        var request = new FuzzRequest("r", "GET", "/", List.<Map.Entry<String, String>>of(), null, 0);
        assertThat(AnswerCheck.check(request, status, contentType, body.getBytes(StandardCharsets.UTF_8)).orElse(null))
                .isEqualTo(failure);
    }

    @Test
    void aRequestThatMustGetOneStatusFailsOnAnother() {
        var request = new FuzzRequest("r", "GET", "/", List.<Map.Entry<String, String>>of(), null, 401);
        assertThat(AnswerCheck.check(request, 200, "application/json", new byte[0]))
                .hasValue("answered 200, not 401");
    }
}

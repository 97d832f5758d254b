package dev.chancery.testsupport.fuzz;

import dev.chancery.testsupport.TestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short fixed-seed fuzz run every service's suite extends (a {@code @QuarkusTest} with the test resource): every
 * operation of its OpenAPI document with bad values and the auth matrix; no 5xx, every 4xx a problem document.
 */
public abstract class RestFuzzContract {
    static final long SEED = 20_2026L;

    @TestHTTPResource("/")
    URI base;

    /** The service's name in the printed summary. */
    protected abstract String service();

    /** The fewest requests the run must send, so that a document that lost its operations fails. */
    protected abstract int fewestRequests();

    /** What the HTTP layer answers before JAX-RS, as problem documents: target in, status and problem type out. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "/api/v1/events/%00,                 400, invalid-request-target",
            "/api/v1/events/ev%00?asOf=x,         400, invalid-request-target",
            "/api/v1/ask?q=%ED%A0%80,             400, invalid-request-target",
            "/api/v1/no-such-resource,            404, not-found",
            "/api/v1/events/x?pad=LONG,           414, uri-too-long",
            "/api/v1/events/x?header=LARGE,       431, header-fields-too-large"})
    void theHttpLayerAnswersWithProblemDocuments(String target, int status, String type) throws Exception {
        String uri = base.toString().replaceAll("/$", "") + target.replace("LONG", "p".repeat(9_000));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (target.endsWith("LARGE")) {
            request.header("X-Large", "h".repeat(20_000));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://chancery.dev/problems/" + type + "\"",
                "\"status\":" + status);
    }

    @Test
    void noOperationAnswers5xxAndEveryRefusalIsAProblemDocument() throws Exception {
        // a longer run: -Drestfuzz.values=60 (every bad value of every parameter, every bad body); not chancery.*,
        // which the services' config mapping would refuse as unknown
        int values = Integer.getInteger("restfuzz.values", 8);
        FuzzPlan plan = new FuzzPlan(AuthMatrix.of(TestInfrastructure.get().keys().privateKey()), values, values * 5,
                Long.getLong("restfuzz.seed", SEED));
        FuzzReport report = new RestFuzzer(base).run(service(), plan);
        System.out.println("[rest-fuzz] " + report.summary());
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.requests()).isGreaterThanOrEqualTo(fewestRequests());
    }
}

package dev.chancery.testsupport.fuzz;

import dev.chancery.testsupport.TestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.net.URI;

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

    @Test
    void noOperationAnswers5xxAndEveryRefusalIsAProblemDocument() throws Exception {
        FuzzPlan plan = new FuzzPlan(AuthMatrix.of(TestInfrastructure.get().keys().privateKey()), 8, 40, SEED);
        FuzzReport report = new RestFuzzer(base).run(service(), plan);
        System.out.println("[rest-fuzz] " + report.summary());
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.requests()).isGreaterThanOrEqualTo(fewestRequests());
    }
}

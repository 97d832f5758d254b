package dev.chancery.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every service serves, as a test each service's suite extends: health that reflects Kafka and PostgreSQL,
 * Prometheus metrics, and an OpenAPI document listing the service's own paths.
 */
public abstract class ServiceEndpointsContract {

    /** The API paths this service's OpenAPI document must list. */
    protected abstract List<String> apiPaths();

    @Test
    void readinessIsUpAndChecksKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("Kafka"), containsString("PostgreSQL")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        var body = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : apiPaths()) {
            org.assertj.core.api.Assertions.assertThat(body).contains("\"" + path + "\"");
        }
    }
}

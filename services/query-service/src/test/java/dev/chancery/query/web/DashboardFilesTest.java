package dev.chancery.query.web;

import dev.chancery.testsupport.TestInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's own files are served from / without a token (its data calls carry one) and revalidated on each
 * load, every module the page loads exists, and none of them shows up in the OpenAPI document as an operation.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class DashboardFilesTest {
    private static final Pattern IMPORT = Pattern.compile("from '(\\./|\\.\\./)([^']+)'");

    @ParameterizedTest
    @CsvSource({
            "/, html, <main id=\"main\">",
            "/dashboard/app.js, javascript, new ChangeStream(",
            "/dashboard/style.css, css, .badge-refuted",
    })
    void theDashboardIsServedWithoutAToken(String path, String type, String content) {
        var response = RestAssured.given().get(path).then().statusCode(200).extract();
        assertThat(response.contentType()).contains(type);
        assertThat(response.header("Cache-Control")).as("revalidated on each load").isEqualTo("no-cache");
        assertThat(response.asString()).contains(content);
    }

    @Test
    void everyModuleThePageImportsIsServed() {
        Set<String> served = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(java.util.List.of("/dashboard/app.js"));
        while (!next.isEmpty()) {
            String path = next.pop();
            if (!served.add(path)) {
                continue;
            }
            String source = RestAssured.given().get(path).then().statusCode(200).extract().asString();
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                String dir = path.substring(0, path.lastIndexOf('/') + 1);
                next.push(java.net.URI.create(dir).resolve(m.group(1) + m.group(2)).getPath());
            }
        }
        assertThat(served).contains("/dashboard/live.js", "/dashboard/views/gathering.js", "/dashboard/views/ask.js")
                .hasSizeGreaterThan(10);
    }

    @Test
    void theDataStillNeedsAToken() {
        RestAssured.given().get("/api/v1/gatherings").then().statusCode(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentListsOnlyTheApi() {
        Map<String, Object> paths = RestAssured.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths.keySet()).isNotEmpty().allMatch(p -> p.startsWith("/api/v1/"));
    }
}

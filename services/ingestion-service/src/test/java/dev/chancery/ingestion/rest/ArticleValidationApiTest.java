package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every refusal of the single-article endpoint is an RFC 9457 problem with the right status. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ArticleValidationApiTest {

    static Stream<Arguments> invalidArticles() {
        String tomorrowAndMore = Instant.now().plus(26, ChronoUnit.HOURS).toString();
        return Stream.of(
                arguments(Fixtures.json(Fixtures.article("body", null)), 400, "invalid-article", "body"),
                arguments(Fixtures.json(Fixtures.article("body", "   ")), 400, "invalid-article", "body"),
                arguments(Fixtures.json(Fixtures.article("publishedAt", "yesterday")), 400, "invalid-article", "publishedAt"),
                arguments(Fixtures.json(Fixtures.article("publishedAt", tomorrowAndMore)), 400, "invalid-article", "publishedAt"),
                arguments(Fixtures.json(Fixtures.article("language", "de")), 400, "invalid-article", "language"),
                arguments(Fixtures.json(Fixtures.article("outletKind", "PODCAST")), 400, "invalid-article", "outletKind"),
                arguments(Fixtures.json(Fixtures.article("body", "b".repeat(210 * 1024))), 413, "article-too-large", "body"));
    }

    @ParameterizedTest
    @MethodSource("invalidArticles")
    void invalidArticlesAreProblems(String json, int status, String slug, String field) {
        given().header("Authorization", Tokens.ingest()).contentType(ContentType.JSON).body(json)
                .post("/api/v1/articles").then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("https://chancery.dev/problems/" + slug), "status", equalTo(status),
                        "instance", equalTo("/api/v1/articles"), "errors.field", hasItem(field));
    }

    @Test
    void malformedEmptyOversizeAndWronglyTypedRequestsAreProblems() {
        post("{\"title\": \"unterminated", ContentType.JSON).then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("malformed-json"));
        post("[1, 2]", ContentType.JSON).then().statusCode(400).body("type", containsString("malformed-json"));
        post("", ContentType.JSON).then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("empty-request"));
        post("{\"body\": \"" + "x".repeat(300 * 1024) + "\"}", ContentType.JSON).then().statusCode(413)
                .contentType("application/problem+json").body("type", containsString("request-too-large"));
        String unsupported = post(Fixtures.json(Fixtures.article()), ContentType.XML).then().statusCode(415)
                .contentType("application/problem+json").extract().asString();
        assertThat(JsonPath.from(unsupported).getInt("status")).isEqualTo(415);
    }

    private static io.restassured.response.Response post(String body, ContentType type) {
        return given().header("Authorization", Tokens.ingest()).contentType(type).body(body).post("/api/v1/articles");
    }
}

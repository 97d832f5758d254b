package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.ingestion.Api;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.Tokens;
import dev.chancery.ingestion.service.ArticleIds;
import dev.chancery.ingestion.service.UrlNormaliser;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ArticleApiTest {
    @Inject
    FactStore store;

    private static Response post(Map<String, Object> article) {
        return Api.post(article);
    }

    @Test
    void anArticleIsStoredOnceAsAnArticleIngestedFactAndARepeatGetsTheSameId() {
        Map<String, Object> article = Fixtures.article();
        String expectedId = ArticleIds.of(new UrlNormaliser().normalise((String) article.get("url")), null).toString();

        post(article).then().statusCode(201)
                .header("Location", endsWith("/api/v1/articles/" + expectedId))
                .body("id", equalTo(expectedId), "status", equalTo("accepted"));
        // the same story reached another way: host case, default port, trailing slash, fragment, no tracking
        article.put("url", "HTTPS://Desk.Example.COM:443" + java.net.URI.create((String) article.get("url")).getPath()
                + "/#top");
        post(article).then().statusCode(200).body("id", equalTo(expectedId), "status", equalTo("duplicate"));

        var stream = store.readStream(expectedId).await().indefinitely();
        assertThat(stream).hasSize(1);
        assertThat(stream.get(0).type()).isEqualTo(FactType.ARTICLE_INGESTED);
        assertThat(stream.get(0).factId()).isEqualTo(UUID.fromString(expectedId));
        assertThat(stream.get(0).correlationId()).isEqualTo(UUID.fromString(expectedId));
        assertThat(stream.get(0).publishedTime()).isEqualTo(Instant.parse("2026-01-19T16:45:00Z"));
    }

    @Test
    void getReturnsTheStoredFactWithoutProgress() {
        Map<String, Object> article = Fixtures.article("originalOutlet", "Example Wire");
        String id = post(article).then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.read()).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id),
                        "article.title", equalTo(article.get("title")),
                        "article.originalOutlet", equalTo("Example Wire"),
                        "article.normalizedUrl", equalTo(((String) article.get("url")).replace("?utm_source=test", "")),
                        "position", notNullValue(),
                        "progress", nullValue());
        given().header("Authorization", Tokens.read()).get("/api/v1/articles/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().header("Authorization", Tokens.read()).get("/api/v1/articles/not-an-id").then().statusCode(404);
    }

    @Test
    void listsByOutletNewestFirstInPages() {
        String outlet = "Outlet " + UUID.randomUUID();
        Instant base = Instant.parse("2025-11-01T10:00:00Z");
        for (int day = 0; day < 5; day++) {
            Map<String, Object> a = Fixtures.article("outlet", outlet);
            a.put("publishedAt", base.plus(day, ChronoUnit.DAYS).toString());
            a.put("title", "Day " + day);
            post(a).then().statusCode(201);
        }
        given().header("Authorization", Tokens.read()).queryParam("outlet", outlet.toUpperCase())
                .queryParam("size", 2).queryParam("page", 0).get("/api/v1/articles").then().statusCode(200)
                .body("total", equalTo(5), "items", hasSize(2), "items[0].title", equalTo("Day 4"),
                        "items[1].title", equalTo("Day 3"));
        given().header("Authorization", Tokens.read()).queryParam("outlet", outlet).queryParam("size", 2)
                .queryParam("page", 2).get("/api/v1/articles").then().statusCode(200)
                .body("items", hasSize(1), "items[0].title", equalTo("Day 0"));
        given().header("Authorization", Tokens.read()).queryParam("outlet", outlet)
                .queryParam("from", "2025-11-02").queryParam("to", "2025-11-04T10:00:00Z")
                .get("/api/v1/articles").then().statusCode(200)
                .body("total", equalTo(2), "items.title", hasItem("Day 2"), "items[1].title", equalTo("Day 1"));
        given().header("Authorization", Tokens.read()).queryParam("from", "last week").get("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("from"));
        given().header("Authorization", Tokens.read()).queryParam("size", 1000).get("/api/v1/articles")
                .then().statusCode(400);
    }
}

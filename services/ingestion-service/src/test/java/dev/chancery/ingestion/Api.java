package dev.chancery.ingestion;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls of the ingestion API shared by the tests. */
public final class Api {
    private Api() {
    }

    /** POSTs one article with an ingest token. */
    public static Response post(Map<String, Object> article) {
        return given().header("Authorization", Tokens.ingest()).contentType(ContentType.JSON)
                .body(Fixtures.json(article)).post("/api/v1/articles");
    }
}

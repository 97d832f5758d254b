package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.platform.http.InFlightLimit;
import dev.chancery.platform.security.VerifiedTokenCache;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Reads need role read, admin needs admin; failures are problem documents; the OpenAPI document is complete. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class SecurityAndOpenApiTest {
    static final List<String> PATHS = List.of("/api/v1/gatherings", "/api/v1/gatherings/{id}/invitations",
            "/api/v1/invitations", "/api/v1/contacts", "/api/v1/actors/{id}/timeline", "/api/v1/events/{id}",
            "/api/v1/stream", "/api/v1/ask", "/api/v1/admin/projections", "/api/v1/admin/projections/{command}",
            "/api/v1/articles/{id}/progress");

    @Test
    void withoutATokenReadsAre401ProblemDocuments() {
        RestAssured.given().get("/api/v1/gatherings").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://chancery.dev/problems/unauthorized"));
        RestAssured.given().auth().oauth2("not-a-jwt").get("/api/v1/events/x").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Inject
    JWTParser parser;

    @Test
    void bearerTokensGoThroughTheVerifiedTokenCacheAndATamperedOneIsStillRefused() {
        assertThat(parser).isInstanceOf(VerifiedTokenCache.class);
        String token = dev.chancery.testsupport.TestInfrastructure.get().token("read");
        Api.reader().get("/api/v1/gatherings").then().statusCode(200);
        RestAssured.given().auth().oauth2(token.substring(0, token.length() - 4) + "AAAA").get("/api/v1/gatherings")
                .then().statusCode(401);
    }

    @Test
    void theWrongRoleIs403() {
        Api.as("ingest").get("/api/v1/gatherings").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://chancery.dev/problems/forbidden"));
        Api.reader().get("/api/v1/admin/projections").then().statusCode(403).contentType("application/problem+json");
        Api.reader().post("/api/v1/admin/projections/events:rebuild").then().statusCode(403);
    }

    @Test
    void unknownIdsAre404() {
        Api.reader().get("/api/v1/events/{id}", "ev-does-not-exist").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("event 'ev-does-not-exist' does not exist"));
        Api.reader().get("/api/v1/actors/{id}/timeline", "person:nobody-at-all").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("admin").post("/api/v1/admin/projections/nothing:rebuild").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentListsEveryPathWithExamplesAndProblems() {
        JsonPath doc = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).containsAll(PATHS);
        for (String path : PATHS) {
            for (Object op : paths.get(path).values()) {
                Map<String, Object> operation = (Map<String, Object>) op;
                assertThat(operation).as(path).containsKeys("summary", "description");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertThat(responses).as(path).containsKeys("401", "403");
                Map<String, Object> ok = responses.containsKey("200") ? responses.get("200") : responses.get("202");
                assertThat(ok.toString()).as(path + " example").contains("examples");
            }
        }
        // resources that serve several areas tag each operation with its own
        Map.of("/api/v1/contacts", "contacts", "/api/v1/invitations", "gatherings", "/api/v1/actors/{id}/timeline",
                "actors", "/api/v1/events/{id}", "events", "/api/v1/articles/{id}/progress", "articles")
                .forEach((path, tag) -> assertThat(doc.getList("paths.'" + path + "'.get.tags")).as(path)
                        .containsExactly(tag));
    }

    @Inject
    InFlightLimit inFlight;

    @Test
    void anOpenChangeStreamIsARequestInFlightUntilTheClientCloses() throws Exception {
        int before = inFlight.inFlight();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + RestAssured.port + "/api/v1/stream"))
                .header("Authorization", "Bearer " + dev.chancery.testsupport.TestInfrastructure.get().token("read"))
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(inFlight.inFlight()).isEqualTo(before + 1);
        response.body().close();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (inFlight.inFlight() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(inFlight.inFlight()).isEqualTo(before);
    }
}

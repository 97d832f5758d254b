package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** Bearer tokens on every API endpoint; health, metrics and OpenAPI stay open. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class SecurityApiTest {

    @Test
    void missingExpiredAndForeignTokensAre401Problems() throws Exception {
        String expired = TestInfrastructure.get().tokens().issue("late-user", Instant.now().minus(Duration.ofHours(2)),
                Duration.ofMinutes(5), "ingest", "read");
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        String foreign = Jwt.issuer("chancery").subject("intruder").groups(Set.of("ingest", "read", "admin"))
                .expiresIn(Duration.ofHours(1)).sign(otherKey.generateKeyPair().getPrivate());

        for (String authorization : new String[] {null, "Bearer " + expired, "Bearer " + foreign, "Bearer not.a.jwt"}) {
            var request = given().contentType(ContentType.JSON);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.body(Fixtures.json(Fixtures.article())).post("/api/v1/articles").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
            var read = given();
            if (authorization != null) {
                read.header("Authorization", authorization);
            }
            read.get("/api/v1/articles").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void rolesSeparateWritingReadingAndAdministration() {
        given().header("Authorization", Tokens.read()).contentType(ContentType.JSON)
                .body(Fixtures.json(Fixtures.article())).post("/api/v1/articles").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("forbidden"));
        given().header("Authorization", Tokens.ingest()).get("/api/v1/articles").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.read()).get("/api/v1/admin/relay").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/admin/relay").then().statusCode(200)
                .body("running", equalTo(true));
        given().header("Authorization", Tokens.bearer("admin")).get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/articles"))
                .body("paths", hasKey("/api/v1/articles/{id}"))
                .body("paths", hasKey("/api/v1/articles:batch"))
                .body("paths.'/api/v1/articles'.post.responses.'201'.content.'application/json'.examples", hasKey("accepted"));
    }
}

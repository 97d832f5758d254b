package dev.chancery.extraction.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ExtractResourceTest {

    @Test
    void extractsClaimsStatelessly() {
        given().auth().oauth2(TestInfrastructure.get().token("read")).contentType("application/json")
                .body("{\"published\":\"2025-09-08\",\"outlet\":\"Caspian Review\",\"body\":\"Uzbek President Shavkat "
                        + "Mirziyoyev spoke with Donald Trump by phone on September 5.\"}")
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("type", hasItem("PHONE_CALL"))
                .body("find { it.type == 'PHONE_CALL' }.date.start", equalTo("2025-09-05"))
                .body("find { it.type == 'PHONE_CALL' }.cameo", equalTo("041"));
    }

    @Test
    void aMissingBodyIsAProblem() {
        given().auth().oauth2(TestInfrastructure.get().token("read")).contentType("application/json")
                .body("{\"published\":\"2025-09-08\"}")
                .post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("field 'body' is required and must not be empty"));
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        given().contentType("application/json").body("{\"published\":\"2025-09-08\",\"body\":\"x\"}")
                .post("/api/v1/extract")
                .then().statusCode(401);
    }
}

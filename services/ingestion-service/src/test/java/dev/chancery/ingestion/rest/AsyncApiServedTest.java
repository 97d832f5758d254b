package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The AsyncAPI document shared-model carries is served, without a token, with the schemas it references. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class AsyncApiServedTest {

    @Test
    void theDocumentAndTheSchemasItReferencesAreServed() {
        given().get("/q/asyncapi/chancery.asyncapi.json").then().statusCode(200)
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.articles.address", equalTo("chancery.articles.v1"))
                .body("components.messages.ArticleIngested.payload.schema.$ref",
                        equalTo("schemas/ArticleIngested.v1.schema.json"));
        given().get("/q/asyncapi/schemas/ArticleIngested.v1.schema.json").then().statusCode(200)
                .body("title", equalTo("ArticleIngested"));
        given().get("/q/asyncapi/").then().statusCode(200).body(containsString("chancery.asyncapi.json"));
    }
}

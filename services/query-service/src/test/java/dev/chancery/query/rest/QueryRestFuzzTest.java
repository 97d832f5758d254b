package dev.chancery.query.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.fuzz.RestFuzzContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The fixed-seed REST fuzz run against the query service's own OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class QueryRestFuzzTest extends RestFuzzContract {
    @Override
    protected String service() {
        return "query";
    }

    @Override
    protected int fewestRequests() {
        return 20;
    }
}

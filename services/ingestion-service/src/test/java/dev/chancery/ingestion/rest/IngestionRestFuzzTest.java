package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.fuzz.RestFuzzContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The fixed-seed REST fuzz run against the ingestion service's own OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class IngestionRestFuzzTest extends RestFuzzContract {
    @Override
    protected String service() {
        return "ingestion";
    }

    @Override
    protected int fewestRequests() {
        return 20;
    }
}

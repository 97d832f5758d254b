package dev.chancery.extraction.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.fuzz.RestFuzzContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The fixed-seed REST fuzz run against the extraction service's own OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ExtractionRestFuzzTest extends RestFuzzContract {
    @Override
    protected String service() {
        return "extraction";
    }

    @Override
    protected int fewestRequests() {
        return 20;
    }
}

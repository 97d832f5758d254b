package dev.chancery.verification.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.fuzz.RestFuzzContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The fixed-seed REST fuzz run against the verification service's own OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class VerificationRestFuzzTest extends RestFuzzContract {
    @Override
    protected String service() {
        return "verification";
    }

    @Override
    protected int fewestRequests() {
        return 15;
    }
}

package dev.chancery.verification.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.ServiceEndpointsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

/** Verification has no API of its own yet; health, metrics and OpenAPI still hold. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class VerificationEndpointsTest extends ServiceEndpointsContract {
    @Override
    protected List<String> apiPaths() {
        return List.of();
    }
}

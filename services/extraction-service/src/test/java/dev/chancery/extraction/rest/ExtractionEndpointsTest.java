package dev.chancery.extraction.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.ServiceEndpointsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ExtractionEndpointsTest extends ServiceEndpointsContract {
    @Override
    protected List<String> apiPaths() {
        return List.of("/api/v1/extract");
    }
}

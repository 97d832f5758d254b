package dev.chancery.extraction.rest;

import dev.chancery.embedded.EmbeddedInfrastructureResource;
import dev.chancery.embedded.ServiceEndpointsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfrastructureResource.class)
class ExtractionEndpointsTest extends ServiceEndpointsContract {
    @Override
    protected List<String> apiPaths() {
        return List.of("/api/v1/extract");
    }
}

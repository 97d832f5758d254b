package dev.chancery.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the JVM's real embedded Kafka broker and PostgreSQL
 * ({@code @QuarkusTestResource(EmbeddedInfrastructureResource.class)}).
 */
public class EmbeddedInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestInfrastructure.get().quarkusConfig();
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped by a shutdown hook
    }
}

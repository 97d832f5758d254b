package dev.chancery.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the test JVM's Kafka broker and PostgreSQL, embedded or in containers as
 * {@link InfrastructureChoice} decides ({@code @QuarkusTestResource(TestInfrastructureResource.class)}).
 */
public class TestInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestInfrastructure.get().quarkusConfig();
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped by a shutdown hook
    }
}

package dev.chancery.testsupport;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Which Kafka and PostgreSQL the tests run against, read from the system property {@value #PROPERTY} (set by the
 * Maven profile {@code containers}), and why the tests are skipped when that choice cannot run here.
 */
public record InfrastructureChoice(Mode mode, Optional<String> skipReason) {
    public static final String PROPERTY = "chancery.test.infrastructure";

    /** Embedded servers in the test JVM (the default; no Docker needed) or Testcontainers. */
    public enum Mode { EMBEDDED, CONTAINERS }

    /** The choice for a property value (null or blank: embedded); Docker is asked about only for containers. */
    public static InfrastructureChoice of(String property, BooleanSupplier dockerAvailable) {
        String value = property == null ? "" : property.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "", "embedded" -> new InfrastructureChoice(Mode.EMBEDDED, Optional.empty());
            case "containers" -> new InfrastructureChoice(Mode.CONTAINERS, dockerAvailable.getAsBoolean()
                    ? Optional.empty()
                    : Optional.of(PROPERTY + "=containers but no Docker environment is available: skipped"));
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be 'embedded' or 'containers', not '" + property + "'");
        };
    }

    /** The choice of this JVM. */
    public static InfrastructureChoice current() {
        return of(System.getProperty(PROPERTY),
                () -> org.testcontainers.DockerClientFactory.instance().isDockerAvailable());
    }
}

package dev.chancery.testsupport;

import dev.chancery.embedded.JwtKeys;
import dev.chancery.embedded.TokenIssuer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;
import org.opentest4j.TestAbortedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real Kafka broker and one real PostgreSQL per test JVM, started on first use (embedded, or in containers as
 * {@link InfrastructureChoice} says) and stopped when the JVM exits. Also holds the test key pair and signs tokens.
 */
public final class TestInfrastructure {
    private static TestInfrastructure instance;

    private final Path dir;
    private final RunningInfrastructure servers;
    private final JwtKeys keys;
    private final TokenIssuer tokens;

    private TestInfrastructure(Path dir, RunningInfrastructure servers) throws Exception {
        this.dir = dir;
        this.servers = servers;
        this.keys = JwtKeys.in(dir.resolve("keys"));
        this.tokens = new TokenIssuer(keys.privateKey());
    }

    /** The shared instance, started on first call; aborts the calling test when the choice cannot run here. */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            InfrastructureChoice choice = InfrastructureChoice.current();
            choice.skipReason().ifPresent(reason -> {
                throw new TestAbortedException(reason);
            });
            try {
                Path dir = Files.createTempDirectory("chancery-test-");
                RunningInfrastructure servers = choice.mode() == InfrastructureChoice.Mode.CONTAINERS
                        ? ContainerInfrastructure.start()
                        : EmbeddedInfrastructure.start(dir);
                instance = new TestInfrastructure(dir, servers);
            } catch (Exception e) {
                throw new IllegalStateException(
                        "the tests' Kafka and PostgreSQL (" + choice.mode() + ") did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "chancery-test-infra-stop"));
        }
        return instance;
    }

    public KafkaEndpoint kafka() {
        return servers.kafka();
    }

    /** Sends to and reads from the broker's topics. */
    public TopicProbe topics() {
        return new TopicProbe(kafka().bootstrapServers());
    }

    public PostgresEndpoint postgres() {
        return servers.postgres();
    }

    public JwtKeys keys() {
        return keys;
    }

    /** A valid one-hour token with the given roles. */
    public String token(String... roles) {
        return tokens.issue("test-user", Duration.ofHours(1), roles);
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    /** Quarkus configuration pointing a service at this infrastructure. */
    public Map<String, String> quarkusConfig() {
        PostgresEndpoint postgres = postgres();
        return EmbeddedPlatform.serviceConfig(kafka().bootstrapServers(), postgres.jdbcUrl(), postgres.reactiveUrl(),
                keys);
    }

    private void close() {
        try {
            servers.close();
        } catch (Exception ignored) {
            // the JVM is exiting: nothing else can use the servers
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp directory left behind is harmless
        }
    }
}

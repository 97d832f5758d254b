package dev.chancery.testsupport;

import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.JwtKeys;
import dev.chancery.embedded.TokenIssuer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real Kafka broker and one real PostgreSQL per test JVM, started on first use in a temporary directory and
 * stopped (and deleted) when the JVM exits. Also holds the test key pair and signs tokens.
 */
public final class TestInfrastructure {
    private static TestInfrastructure instance;

    private final Path dir;
    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;
    private final JwtKeys keys;
    private final TokenIssuer tokens;

    private TestInfrastructure(Path dir) throws Exception {
        this.dir = dir;
        this.postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0, false);
        this.kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        this.keys = JwtKeys.in(dir.resolve("keys"));
        this.tokens = new TokenIssuer(keys.privateKey());
    }

    /** The shared instance, started on first call. */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            try {
                instance = new TestInfrastructure(Files.createTempDirectory("chancery-test-"));
            } catch (Exception e) {
                throw new IllegalStateException("embedded Kafka and PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "chancery-test-infra-stop"));
        }
        return instance;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    /** Sends to and reads from the broker's topics. */
    public TopicProbe topics() {
        return new TopicProbe(kafka.bootstrapServers());
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
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
        return EmbeddedPlatform.serviceConfig(kafka, postgres, keys);
    }

    private void close() {
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is exiting: nothing else can use the broker
        }
        try {
            postgres.close();
        } catch (Exception ignored) {
            // as above
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp directory left behind is harmless
        }
    }
}

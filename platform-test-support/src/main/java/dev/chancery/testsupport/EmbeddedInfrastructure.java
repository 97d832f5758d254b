package dev.chancery.testsupport;

import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;

import java.nio.file.Path;

/** The default: the launcher's real Kafka broker and PostgreSQL, inside the test JVM, with fsync off. */
final class EmbeddedInfrastructure implements RunningInfrastructure {
    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedPostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static EmbeddedInfrastructure start(Path dir) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0, false);
        try {
            return new EmbeddedInfrastructure(EmbeddedKafka.start(dir.resolve("kafka"), 0), postgres);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    @Override
    public KafkaEndpoint kafka() {
        return new KafkaEndpoint(kafka.bootstrapServers());
    }

    @Override
    public PostgresEndpoint postgres() {
        return new PostgresEndpoint("127.0.0.1", postgres.port());
    }

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}

package dev.chancery.testsupport;

import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.TopicSetup;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and PostgreSQL in Docker through Testcontainers, from the images docker-compose.yml runs (a test holds the
 * two in step), configured like the embedded servers so that the same tests pass on both.
 */
final class ContainerInfrastructure implements RunningInfrastructure {
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String POSTGRES_IMAGE = "postgres:17";

    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgres;

    private ContainerInfrastructure(KafkaContainer kafka, PostgreSQLContainer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static ContainerInfrastructure start() {
        // the embedded broker's settings: the catalogue's topics with their retention (TopicSetup, below), a test's own
        // topics on first use, three partitions, no rebalance delay
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
                .withDatabaseName(EmbeddedPostgresServer.DATABASE)
                .withUsername(EmbeddedPostgresServer.USER)
                .withPassword(EmbeddedPostgresServer.PASSWORD)
                .withCommand("postgres", "-c", "max_connections=200", "-c", "fsync=off");
        try {
            postgres.start();
            kafka.start();
            TopicSetup.apply(kafka.getBootstrapServers(), EmbeddedKafka.PARTITIONS);
        } catch (Exception e) {
            postgres.stop();
            kafka.stop();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("topics were not created", e);
        }
        return new ContainerInfrastructure(kafka, postgres);
    }

    @Override
    public KafkaEndpoint kafka() {
        return new KafkaEndpoint(kafka.getBootstrapServers());
    }

    @Override
    public PostgresEndpoint postgres() {
        return new PostgresEndpoint(postgres.getHost(), postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT));
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}

package dev.chancery.testsupport;

/** A started Kafka broker and PostgreSQL for the tests; closing stops both. */
public interface RunningInfrastructure extends AutoCloseable {

    KafkaEndpoint kafka();

    PostgresEndpoint postgres();
}

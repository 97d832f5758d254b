package dev.chancery.testsupport;

/** Where the tests' Kafka broker listens. */
public record KafkaEndpoint(String bootstrapServers) {
}

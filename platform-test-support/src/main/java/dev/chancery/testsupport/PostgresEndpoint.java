package dev.chancery.testsupport;

import dev.chancery.embedded.EmbeddedPostgresServer;

/**
 * Where the tests' PostgreSQL listens: database {@code chancery}, user and password those of
 * {@link EmbeddedPostgresServer}, in either infrastructure.
 */
public record PostgresEndpoint(String host, int port) {

    /** The URL form the Vert.x reactive client takes. */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + EmbeddedPostgresServer.DATABASE;
    }

    public String jdbcUrl() {
        return "jdbc:" + reactiveUrl();
    }
}

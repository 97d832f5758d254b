package dev.chancery.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from embedded binaries, with one database ({@code chancery}) that every service
 * shares, each in its own schema. Data lives in the given directory and survives a restart.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String DATABASE = "chancery";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres.Builder builder;
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres.Builder builder, Path dataDirectory) throws IOException {
        this.builder = builder;
        this.dataDirectory = dataDirectory;
        this.postgres = builder.start();
    }

    /**
     * Starts PostgreSQL with its data in {@code dir}; port 0 picks a free one. {@code durable} false turns off
     * fsync for throwaway test databases; the platform's own default keeps it on.
     */
    public static EmbeddedPostgresServer start(Path dir, int port, boolean durable) throws IOException, SQLException {
        Files.createDirectories(dir);
        String sync = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("data"))
                .setOverrideWorkingDirectory(dir.resolve("work").toFile())
                .setCleanDataDirectory(false)
                .setPort(FreePorts.pick(port))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", sync)
                .setServerConfig("synchronous_commit", sync)
                .setServerConfig("full_page_writes", sync);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder, dir.resolve("data"));
        try (Connection c = server.postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USER + " PASSWORD '" + PASSWORD + "'");
            ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        }
        return server;
    }

    /**
     * Stops PostgreSQL and starts it again on the same port and data: {@code crash} false is a fast shutdown (open
     * connections are ended, the server checkpoints); true kills the postmaster and its backends with SIGKILL, so
     * the next start recovers from the write-ahead log, as after a lost machine.
     */
    public synchronized void restart(boolean crash) throws IOException {
        if (crash) {
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().join();
            backends.forEach(b -> b.onExit().join());
        }
        // after a kill this finds no server to stop; it still releases the data directory's lock
        postgres.close();
        postgres = builder.start();
    }

    private long postmasterPid() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    }

    public synchronized int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** The URL form the Vert.x reactive client takes. */
    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public synchronized void close() throws IOException {
        postgres.close();
    }
}

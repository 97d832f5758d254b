package dev.chancery.embedded.launcher;

import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.JwtKeys;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole platform on one machine: a real Kafka broker and a real PostgreSQL in this JVM, and the four
 * services as supervised child processes pointed at them (restarted when they exit; replicas of a service share
 * its consumer group). Closing stops the services first, then the infrastructure.
 */
public final class EmbeddedPlatform implements AutoCloseable {
    /** The services' Kafka consumer session timeout: how long a killed replica's partitions wait. */
    public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    private final Infrastructure infrastructure;
    private final SupervisedInstances services;

    /** What the services share: one broker, one database, one key pair. */
    private record Infrastructure(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, JwtKeys keys) {
    }

    private EmbeddedPlatform(Infrastructure infrastructure, SupervisedInstances services) {
        this.infrastructure = infrastructure;
        this.services = services;
    }

    /** Starts the platform, logging restarts to standard output. */
    public static EmbeddedPlatform start(LaunchOptions options) throws Exception {
        return start(options, RestartPolicy.DEFAULT, line -> System.out.println(Instant.now() + " " + line));
    }

    /**
     * Starts the infrastructure, then every service instance under supervision ({@link Supervised}): an instance
     * that exits is restarted by {@code policy}, with {@code log} told. Returns once every instance is ready.
     */
    public static EmbeddedPlatform start(LaunchOptions options, RestartPolicy policy, Consumer<String> log)
            throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"),
                options.postgresPort(), options.durable());
        EmbeddedKafka kafka = null;
        SupervisedInstances services = null;
        try {
            kafka = EmbeddedKafka.start(options.dataDir().resolve("kafka"), options.kafkaPort());
            JwtKeys keys = JwtKeys.in(options.dataDir().resolve("keys"));
            Map<String, String> config = new LinkedHashMap<>(serviceConfig(kafka, postgres, keys));
            // A killed consumer never leaves its group: its partitions wait for its session to time out (45 s by
            // default) and the group's other members with them. 10 s heals a restart sooner; heartbeats come from
            // a thread of their own every 3 s, so only a 10 s standstill of the whole JVM would evict a live member.
            config.put("kafka.session.timeout.ms", Long.toString(SESSION_TIMEOUT.toMillis()));
            services = new SupervisedInstances(options, config, policy, log);
            services.start(options.instances());
            return new EmbeddedPlatform(new Infrastructure(kafka, postgres, keys), services);
        } catch (Exception e) {
            if (services != null) {
                services.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            postgres.close();
            throw e;
        }
    }

    /** The configuration that points a service at this infrastructure. */
    public static Map<String, String> serviceConfig(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, JwtKeys keys) {
        return serviceConfig(kafka.bootstrapServers(), postgres.jdbcUrl(), postgres.reactiveUrl(), keys);
    }

    /**
     * The configuration that points a service at a broker and a database taking the embedded server's user and
     * password ({@link EmbeddedPostgresServer#USER}), wherever they run.
     */
    public static Map<String, String> serviceConfig(String bootstrapServers, String jdbcUrl, String reactiveUrl,
            JwtKeys keys) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("quarkus.datasource.reactive.url", reactiveUrl);
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyPath().toUri().toString());
        config.put("mp.jwt.verify.issuer", JwtKeys.ISSUER);
        return config;
    }

    /** Base URL per instance name ({@code extraction}, {@code extraction-2}, ...), in start order. */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.entries().forEach(s -> urls.put(s.instance().name(), s.instance().url()));
        return Collections.unmodifiableMap(urls);
    }

    /** Current process id per instance name, for measuring memory and for killing one in fault tests. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.entries().forEach(s -> pids.put(s.instance().name(), s.supervised().supervision().pid()));
        return pids;
    }

    /** Supervision per instance name: state, restarts, the last exit and how long it took to heal. */
    public Map<String, Supervision> supervision() {
        Map<String, Supervision> states = new LinkedHashMap<>();
        services.entries().forEach(s -> states.put(s.instance().name(), s.supervised().supervision()));
        return states;
    }

    /**
     * Runs {@code replicas} (1 to 3) instances of extraction, verification or query from now on, as scaling a
     * Deployment does: the missing replicas start (ready when this returns), the last ones beyond stop (SIGTERM:
     * their consumers leave the group, which rebalances at once).
     */
    public void scale(String service, int replicas) throws Exception {
        services.scale(service, replicas);
    }

    /** Restarts the broker in place (same ports and log); the services reconnect. */
    public void restartBroker() {
        infrastructure.kafka().restart();
    }

    /**
     * Restarts PostgreSQL in place: a fast shutdown, or with {@code crash} a SIGKILL of the postmaster and its
     * backends followed by crash recovery. The services' pools reconnect; consumers wait the outage out.
     */
    public void restartPostgres(boolean crash) throws Exception {
        infrastructure.postgres().restart(crash);
    }

    public EmbeddedKafka kafka() {
        return infrastructure.kafka();
    }

    public EmbeddedPostgresServer postgres() {
        return infrastructure.postgres();
    }

    public JwtKeys keys() {
        return infrastructure.keys();
    }

    @Override
    public void close() throws Exception {
        // services first, so none of them logs a lost broker on its way down
        services.close();
        infrastructure.kafka().close();
        infrastructure.postgres().close();
    }
}

package dev.chancery.embedded.launcher;

import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.JwtKeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: a real Kafka broker and a real PostgreSQL in this JVM, and the four
 * services as child processes pointed at them. Closing stops the services first, then the infrastructure.
 */
public final class EmbeddedPlatform implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;
    private final JwtKeys keys;
    private final List<ServiceProcess> services;

    private EmbeddedPlatform(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, JwtKeys keys,
            List<ServiceProcess> services) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.keys = keys;
        this.services = services;
    }

    public static EmbeddedPlatform start(LaunchOptions options) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"),
                options.postgresPort(), options.durable());
        EmbeddedKafka kafka = null;
        List<ServiceProcess> started = new ArrayList<>();
        try {
            kafka = EmbeddedKafka.start(options.dataDir().resolve("kafka"), options.kafkaPort());
            JwtKeys keys = JwtKeys.in(options.dataDir().resolve("keys"));
            Map<String, String> config = serviceConfig(kafka, postgres, keys);
            for (ServiceSpec spec : ServiceSpec.ALL) {
                started.add(ServiceProcess.start(spec, options.home(), options.port(spec), config,
                        options.jvmOptions(), options.dataDir().resolve("logs")));
            }
            for (ServiceProcess service : started) {
                service.awaitReady(Duration.ofSeconds(Long.getLong("chancery.ready.seconds", 300)));
            }
            return new EmbeddedPlatform(kafka, postgres, keys, started);
        } catch (Exception e) {
            started.forEach(ServiceProcess::close);
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

    /** Base URL per service name, in start order. */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.forEach(s -> urls.put(s.spec().name(), s.url()));
        return Collections.unmodifiableMap(urls);
    }

    /** Process id per service name, for measuring memory. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach(s -> pids.put(s.spec().name(), s.pid()));
        return pids;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public JwtKeys keys() {
        return keys;
    }

    @Override
    public void close() throws Exception {
        // services first, so none of them logs a lost broker on its way down
        services.parallelStream().forEach(ServiceProcess::close);
        kafka.close();
        postgres.close();
    }
}

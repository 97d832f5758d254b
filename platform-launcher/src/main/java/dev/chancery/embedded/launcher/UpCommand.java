package dev.chancery.embedded.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code chancery up}: starts Kafka, PostgreSQL and the four services (some in several replicas), restarts a
 * service that exits, and stays up until interrupted.
 */
@Command(name = "up", description = "Start embedded Kafka, PostgreSQL and the four services, restart any that exits;"
        + " Ctrl-C stops everything.")
class UpCommand implements Callable<Integer> {
    @Option(names = "--home", description = "The checkout with the built services.", defaultValue = ".")
    Path home;
    @Option(names = "--data", description = "Data directory (Kafka log, PostgreSQL, keys, logs).",
            defaultValue = ".chancery")
    Path data;
    @Option(names = "--query-port", defaultValue = "8080")
    int queryPort;
    @Option(names = "--ingestion-port", defaultValue = "8081")
    int ingestionPort;
    @Option(names = "--extraction-port", defaultValue = "8082")
    int extractionPort;
    @Option(names = "--verification-port", defaultValue = "8083")
    int verificationPort;
    @Option(names = "--kafka-port", description = "0 picks a free port.", defaultValue = "9092")
    int kafkaPort;
    @Option(names = "--postgres-port", description = "0 picks a free port.", defaultValue = "5432")
    int postgresPort;
    @Option(names = "--replicas", paramLabel = "N|NAME=N,...", description = "Instances of extraction, verification"
            + " and query (N for each, or per service: extraction=2,verification=2), 1 to 3; each replica k>1"
            + " listens on its service's port + 100*(k-1) and logs to NAME-k.log. Default: one of each.")
    String replicas;

    @Override
    public Integer call() throws Exception {
        var options = new LaunchOptions(home.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(),
                Map.of("query", queryPort, "ingestion", ingestionPort, "extraction", extractionPort,
                        "verification", verificationPort),
                kafkaPort, postgresPort, true, LaunchOptions.DEFAULT_JVM_OPTIONS, ReplicaCounts.parse(replicas));
        System.out.println("Starting Kafka, PostgreSQL and " + options.instances().size() + " service instances (logs in "
                + options.dataDir().resolve("logs") + ") ...");
        EmbeddedPlatform platform = EmbeddedPlatform.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Chancery ...");
            try {
                platform.close();
            } catch (Exception e) {
                System.err.println("stop: " + e);
            }
            stopped.countDown();
        }, "chancery-stop"));
        System.out.println("Chancery is up; a service that exits is restarted (status: "
                + options.dataDir().resolve("status.json") + ", bin/chancery status).");
        platform.urls().forEach((name, url) -> System.out.printf("  %-15s %s  (%s/q/health, %s/q/openapi)%n",
                name, url, url, url));
        System.out.println("  kafka           " + platform.kafka().bootstrapServers());
        System.out.println("  postgresql      " + platform.postgres().jdbcUrl());
        new ScaleRequests(options.dataDir()).serve(platform, line -> System.out.println(java.time.Instant.now() + " " + line));
        System.out.println("Get a token: bin/chancery token ingest read; scale: bin/chancery scale extraction=2"
                + "   — Ctrl-C to stop.");
        stopped.await();
        return 0;
    }
}

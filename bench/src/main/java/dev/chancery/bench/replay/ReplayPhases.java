package dev.chancery.bench.replay;

import dev.chancery.bench.baseline.CopyBaseline;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.launch.BenchTokens;
import dev.chancery.bench.launch.ProcessSignals;
import dev.chancery.bench.load.Http;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Phase 3: the bus and store baselines on the replay facts, then the rebuild, the services paused. */
public final class ReplayPhases {
    private final Settings settings;
    private final Results results;

    public ReplayPhases(Settings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    /**
     * With a platform, all four services are paused (SIGSTOP) while the baselines run and the facts are written, so
     * that the baselines have the machine and no service consumes the facts; only the query service is resumed for
     * the rebuild. {@code platform} null: the baselines only, on a standalone Kafka and PostgreSQL.
     */
    public void run(List<String> bodies, String bootstrap, String jdbcUrl, EmbeddedPlatform platform, Path work) {
        List<Long> paused = new ArrayList<>();
        try {
            if (platform != null) {
                paused.addAll(platform.pids().values());
                ProcessSignals.pause(paused);
                Results.log("replay: all four services paused (SIGSTOP) while the baselines run and the facts are "
                        + "written");
            }
            try {
                new BusBaseline(new ReplayRun(settings, results, bootstrap, work)).run(bodies);
            } catch (Throwable e) {
                results.error("Kafka ProducerPerformance", e);
            }
            Map<String, Path> files = new ReplayProducer(new ReplayRun(settings, results, bootstrap, work)).produce(bodies,
                    Long.toString(System.currentTimeMillis(), 36));
            try {
                CopyBaseline.run(results, jdbcUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, files,
                        settings.replayFacts());
            } catch (Throwable e) {
                results.error("PostgreSQL COPY", e);
            } finally {
                for (Path f : files.values()) {
                    Files.deleteIfExists(f);
                }
            }
            if (platform != null) {
                long query = platform.pids().get("query");
                ProcessSignals.resume(List.of(query));
                paused.remove(query);
                Results.log("replay: query service resumed; ingestion, extraction and verification stay paused");
                new ProjectionRebuild(settings, results, bootstrap).run(new Http(BenchTokens.issue(platform, "read",
                        "admin")), platform.urls().get("query"));
            }
        } catch (Throwable e) {
            results.error("replay", e);
            e.printStackTrace(System.out);
        } finally {
            ProcessSignals.resume(paused);
        }
    }
}

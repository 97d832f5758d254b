package dev.chancery.faults.run;

import dev.chancery.bench.launch.PlatformShutdown;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.TokenIssuer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.embedded.launcher.LaunchOptions;
import dev.chancery.faults.reconcile.FaultReport;
import dev.chancery.faults.reconcile.Heal;
import dev.chancery.faults.reconcile.ReportJson;
import dev.chancery.faults.reconcile.ReportTable;
import dev.chancery.faults.reconcile.Sent;
import dev.chancery.testsupport.fuzz.FuzzReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

/** faults/run: the platform as bin/chancery up runs it, articles streamed in under faults, then reconciled. */
@Command(name = "faults/run", mixinStandardHelpOptions = true,
        description = "Streams generated articles in while killing and scaling services, reconciles, reports.")
public final class FaultsMain implements Callable<Integer> {
    /** What the brief run leaves to the full one. */
    static final List<String> NOT_IN_BRIEF = List.of("PostgreSQL restarts", "scaling", "the REST fuzzer's long run "
            + "(CI runs its short form: the services' RestFuzzTest)");
    @Option(names = "--articles", description = "articles to stream in (default ${DEFAULT-VALUE})")
    int articles = 300;
    @Option(names = "--seed", description = "seed of the generated corpus (default ${DEFAULT-VALUE})")
    long seed = 1;
    @Option(names = "--brief", description = "CI's short run: kill -9 of each service, poison and a broker restart")
    boolean brief;
    @Option(names = "--home", description = "the checkout (default ${DEFAULT-VALUE})")
    Path home = Path.of(".");
    @Option(names = "--out", description = "the JSON report (default ${DEFAULT-VALUE})")
    Path out = Path.of("faults/results/latest.json");

    public static void main(String[] args) {
        System.exit(new CommandLine(new FaultsMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        Path data = home.toAbsolutePath().resolve("faults/target/run-" + started.toEpochMilli());
        List<String> errors = new CopyOnWriteArrayList<>();
        FaultSchedule.log("starting the embedded platform in %s", data);
        EmbeddedPlatform platform = EmbeddedPlatform.start(LaunchOptions.onFreePorts(home.toAbsolutePath(), data,
                true));
        PlatformShutdown.onExit(platform);
        try {
            String token = new TokenIssuer(platform.keys().privateKey()).issue("faults", Duration.ofHours(3),
                    "ingest", "read", "admin");
            String bootstrap = platform.kafka().bootstrapServers();
            EmbeddedPostgresServer pg = platform.postgres();
            Settling settling = new Settling(bootstrap, pg.jdbcUrl(), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD);
            List<Heal> heals;
            ArticleStream stream;
            PoisonInjection poison = new PoisonInjection(bootstrap);
            try (IntakeProducer intake = new IntakeProducer(bootstrap)) {
                stream = new ArticleStream(new ArticleSender(() -> platform.urls().get("ingestion"), token), intake,
                        errors);
                heals = new FaultSchedule(stream, settling).run(GeneratedArticles.of(articles, seed),
                        brief ? FaultSchedule.brief(new FaultInjection(platform), poison)
                                : FaultSchedule.standard(new FaultInjection(platform), poison));
            }
            Readback readback = new Readback(pg, bootstrap, platform.urls().get("query"), token, errors);
            var reconciled = readback.reconcile(new Sent(stream.accepted(), poison.injected()));
            List<String> fuzz = new ArrayList<>();
            if (!brief) {
                for (FuzzReport r : new LongFuzz(platform).run(seed)) {
                    fuzz.add(r.service() + ": " + r.requests() + " requests, " + r.failures().size() + " failures");
                    r.failures().forEach(f -> errors.add("fuzz " + r.service() + ": " + f));
                }
            }
            FaultReport report = FaultReport.of(started.toString(), System.getProperty("faults.git", "unknown"), seed,
                    articles, Duration.between(started, Instant.now()).toMillis() / 1000.0, heals, reconciled, fuzz,
                    brief ? NOT_IN_BRIEF : List.of(), errors);
            ReportJson.write(home.resolve(out), report);
            System.out.print(ReportTable.text(report));
            FaultSchedule.log("report written to %s", home.resolve(out));
            return report.passed() ? 0 : 1;
        } finally {
            PlatformShutdown.close(platform);
        }
    }
}

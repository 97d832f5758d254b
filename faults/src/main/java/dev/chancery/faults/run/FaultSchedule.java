package dev.chancery.faults.run;

import dev.chancery.faults.reconcile.Heal;
import dev.chancery.faults.run.GeneratedArticles.Article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The run's faults, one per slice of the corpus: while a slice streams in, its fault is injected once a third of
 * the slice is sent; when the slice is in, the pipeline is waited for until it has caught up (the heal time).
 */
final class FaultSchedule {
    /** A fault: its name and how to inject it, returning the seconds until the service served again. */
    record Fault(String name, Injection injection) {
    }

    interface Injection {
        Double inject() throws Exception;
    }

    private static final Duration CATCH_UP = Duration.ofMinutes(5);
    private final ArticleStream stream;
    private final Settling settling;

    FaultSchedule(ArticleStream stream, Settling settling) {
        this.stream = stream;
        this.settling = settling;
    }

    /**
     * The faults of a full run: {@code kill -9} of each service, poison on every consumed topic, a broker restart,
     * PostgreSQL restarted by a fast
     * shutdown and by {@code kill -9} of its postmaster, then extraction, verification and query each scaled from 1
     * to 2 and back.
     */
    static List<Fault> standard(FaultInjection faults, PoisonInjection poison) {
        List<Fault> out = new ArrayList<>(kills(faults));
        out.add(new Fault("poison on every consumed topic", poison::inject));
        out.add(new Fault("broker restart", faults::restartBroker));
        out.add(new Fault("PostgreSQL fast shutdown", () -> faults.restartPostgres(false)));
        out.add(new Fault("PostgreSQL kill -9 postmaster", () -> faults.restartPostgres(true)));
        for (String service : List.of("extraction", "verification", "query")) {
            out.add(new Fault("scale " + service + " 1->2", () -> faults.scale(service, 2)));
            out.add(new Fault("scale " + service + " 2->1", () -> faults.scale(service, 1)));
        }
        return out;
    }

    /** The faults of the short run CI makes: {@code kill -9} of each service, poison and a broker restart. */
    static List<Fault> brief(FaultInjection faults, PoisonInjection poison) {
        List<Fault> out = new ArrayList<>(kills(faults));
        out.add(new Fault("poison on every consumed topic", poison::inject));
        out.add(new Fault("broker restart", faults::restartBroker));
        return out;
    }

    private static List<Fault> kills(FaultInjection faults) {
        List<Fault> out = new ArrayList<>();
        for (String service : List.of("ingestion", "extraction", "verification", "query")) {
            out.add(new Fault("kill -9 " + service, () -> faults.kill(service)));
        }
        return out;
    }

    List<Heal> run(List<Article> articles, List<Fault> faults) throws Exception {
        List<Heal> heals = new ArrayList<>();
        int slice = (articles.size() + faults.size() - 1) / faults.size();
        for (int k = 0; k < faults.size(); k++) {
            List<Article> part = articles.subList(Math.min(articles.size(), k * slice),
                    Math.min(articles.size(), (k + 1) * slice));
            int target = stream.sent() + part.size() / 3;
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> stream.send(part));
            while (stream.sent() < target && !sending.isDone()) {
                Thread.sleep(50);
            }
            Fault fault = faults.get(k);
            log("%s (%d articles sent)", fault.name(), stream.sent());
            long t0 = System.nanoTime();
            Double back = fault.injection().inject();
            log("%s: serving again after %s s", fault.name(), back);
            sending.get();
            Double caughtUp = settling.await(t0, CATCH_UP);
            log("%s: caught up (lag 0, outboxes relayed) %s s after the fault", fault.name(), caughtUp);
            heals.add(new Heal(fault.name(), back, caughtUp));
        }
        return heals;
    }

    static void log(String format, Object... args) {
        System.out.println(java.time.Instant.now() + " [faults] " + String.format(format, args));
    }
}

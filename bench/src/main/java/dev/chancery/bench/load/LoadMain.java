package dev.chancery.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entry point of the load generator JVM ({@link LoadGeneratorJvm}): {@code LoadMain <spec.json> <report.json>} runs
 * the open-loop loads of a {@link LoadSpec} (the reads, and the POSTs with the visibility of each accepted article
 * detected from the reads' responses), after {@link #WARM_UP_SECONDS} of the same reads unmeasured; drains the
 * articles not seen yet, writes a {@link LoadReport} and exits 0 (1 on any failure). Prints {@link #STARTED} and {@link #DONE} around the loads, so that the bench JVM measures CPU
 * and its own pauses over the same window.
 */
public final class LoadMain {
    static final String STARTED = "LOAD-GENERATOR loads started";
    static final String DONE = "LOAD-GENERATOR loads done";
    private static final int READS_IN_FLIGHT = 2000;
    private static final int POSTS_IN_FLIGHT = 500;
    /** Connections the client opens at most (keep-alive); requests beyond them wait, their latency counting. */
    private static final int MAX_CONNECTIONS = 512;
    private static final long DRAIN_PERIOD_MILLIS = 50;
    static final double WARM_UP_SECONDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: LoadMain <spec.json> <report.json>");
            System.exit(2);
        }
        try {
            LoadSpec spec = JSON.readValue(Path.of(args[0]).toFile(), LoadSpec.class);
            JSON.writeValue(Path.of(args[1]).toFile(), run(spec));
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static LoadReport run(LoadSpec spec) throws Exception {
        try (LoadHttpClient client = new LoadHttpClient(spec.token(), MAX_CONNECTIONS)) {
            return run(spec, client);
        }
    }

    private static LoadReport run(LoadSpec spec, LoadHttpClient client) throws Exception {
        List<PreparedPosts.Post> posts = spec.ingesting() ? PreparedPosts.read(Path.of(spec.postsFile())) : List.of();
        long postCount = spec.ingesting() ? new OpenLoopSchedule(spec.postRate(), spec.seconds()).requests() : 0;
        if (posts.size() < postCount) {
            throw new IllegalArgumentException("posts file " + spec.postsFile() + " holds " + posts.size()
                    + " bodies, the load needs " + postCount);
        }
        List<String> urls = spec.gatherings().stream().map(g -> Visibility.invitationsUrl(spec.queryUrl(), g)).toList();
        Visibility v = new Visibility();
        Recorder freshness = new Recorder(3);
        v.onVisible(delay -> freshness.recordValue(Math.max(0, delay)), at -> { });
        Map<Integer, AtomicLong> postStatuses = new ConcurrentHashMap<>();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());

        // a fresh JVM: its first seconds (interpreted HTTP client, connections opening, the first collections
        // promoting everything) would be charged to the first requests; the same reads, unmeasured, and a full
        // collection of what they promoted come first
        OpenLoop.run(spec.readRate(), WARM_UP_SECONDS, READS_IN_FLIGHT, i -> client.get(urls.get(i % urls.size())),
                null);
        System.gc();

        ExecutorService pool = Executors.newSingleThreadExecutor();
        System.out.println(STARTED);
        Future<OpenLoopResult> readLoad = pool.submit(() -> OpenLoop.run(spec.readRate(), spec.seconds(),
                READS_IN_FLIGHT, i -> client.get(urls.get(i % urls.size())),
                spec.ingesting() ? (i, response, received, sent) -> v.scan(response.body(), received) : null));
        OpenLoopResult postLoad = null;
        if (spec.ingesting()) {
            postLoad = OpenLoop.run(spec.postRate(), spec.seconds(), POSTS_IN_FLIGHT,
                    i -> client.postJson(spec.postUrl(), posts.get(i).body()), (i, response, received, sent) -> {
                        int status = response.status();
                        long ofStatus = postStatuses.computeIfAbsent(status, c -> new AtomicLong()).incrementAndGet();
                        String body = new String(response.body(), StandardCharsets.UTF_8);
                        if (status == 201) {
                            String id = articleId(body);
                            if (id == null) {
                                errors.add("unreadable 201 body " + body);
                            } else {
                                v.register(id, received, posts.get(i).gatherings());
                            }
                        } else if (ofStatus <= 3) {
                            errors.add("POST answered " + status + " " + body);
                        }
                    });
        }
        OpenLoopResult reads = readLoad.get();
        pool.shutdown();
        System.out.println(DONE);
        if (!spec.ingesting()) {
            return new LoadReport(LoadOutcome.of(reads), null, null, List.copyOf(errors));
        }

        long accepted = v.registeredCount();
        v.drain(client, g -> Visibility.invitationsUrl(spec.queryUrl(), g), spec.drainSeconds(), DRAIN_PERIOD_MILLIS);
        // an article never seen counts at least as long as the wait: the percentiles are then lower bounds
        long now = System.nanoTime();
        for (long acceptedAt : v.pendingAcceptedNanos()) {
            freshness.recordValue(Math.max(0, now - acceptedAt));
        }
        Histogram delays = freshness.getIntervalHistogram();
        LoadReport.Freshness f = new LoadReport.Freshness(LoadOutcome.encode(delays), accepted, v.visibleCount(),
                v.pendingCount());
        return new LoadReport(LoadOutcome.of(reads), LoadOutcome.of(postLoad), f, List.copyOf(errors));
    }

    private static String articleId(String body) {
        try {
            return JSON.readTree(body).path("id").asText(null);
        } catch (Exception e) {
            return null;
        }
    }
}

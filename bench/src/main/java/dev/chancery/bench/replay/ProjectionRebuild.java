package dev.chancery.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.kafka.FactTopics;
import dev.chancery.bench.kafka.TopicOffsets;
import dev.chancery.bench.load.Http;
import org.apache.kafka.clients.admin.Admin;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rebuilds the three query projections through the admin API and records the replay figure. */
public final class ProjectionRebuild {
    static final List<String> PROJECTIONS = List.of("articles", "claims", "events");
    /** The query service's live consumer group, which applies the same facts meanwhile. */
    private static final String LIVE_GROUP = "query-projections";
    private final Settings settings;
    private final Results results;
    private final String bootstrap;

    public ProjectionRebuild(Settings settings, Results results, String bootstrap) {
        this.settings = settings;
        this.results = results;
        this.bootstrap = bootstrap;
    }

    /** Starts the rebuilds and waits until each is LIVE on its new generation, or the cap (then: partial). */
    public void run(Http admin, String queryUrl) throws Exception {
        try (Admin kafka = TopicOffsets.admin(bootstrap)) {
            long records = TopicOffsets.records(kafka, FactTopics.FACTS);
            long live0 = committed(kafka);
            long start = System.nanoTime();
            Instant wallStart = Instant.now();
            Map<String, Integer> generation = start(admin, queryUrl);
            Results.log("replay: rebuilding %s from %d records on the fact topics", generation, records);
            RebuildWatch watch = new RebuildWatch(admin, queryUrl, generation);
            boolean done = watch.awaitLive(start + (long) (settings.replayCapSeconds() * 1e9));
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            ReplayRate rate = ReplayRate.of(records, watch.progress(), done, wallSeconds);
            long meanwhile = committed(kafka) - live0;
            record(rate, wallSeconds, wallStart, meanwhile, watch.last());
        }
    }

    private static Map<String, Integer> start(Http admin, String queryUrl) throws Exception {
        Map<String, Integer> generation = new LinkedHashMap<>();
        for (String p : PROJECTIONS) {
            HttpResponse<String> r = admin.send(admin.postJson(queryUrl + "/api/v1/admin/projections/" + p
                    + ":rebuild", new byte[0]));
            if (r.statusCode() != 202) {
                throw new IllegalStateException("POST /api/v1/admin/projections/" + p + ":rebuild answered "
                        + r.statusCode() + " " + r.body());
            }
            generation.put(p, Results.JSON.readTree(r.body()).path("buildingGeneration").asInt());
        }
        return generation;
    }

    private void record(ReplayRate rate, double wallSeconds, Instant wallStart, long liveMeanwhile,
            Map<String, JsonNode> last) {
        results.figure("replay.factsPerSec", rate.factsPerSec());
        results.figure("replay.appliedPerSec", rate.appliedPerSec());
        results.figure("replay.records", rate.records());
        results.figure("replay.applied", rate.applied());
        results.figure("replay.complete", rate.complete() ? 1 : 0);
        results.figure("replay.seconds", rate.seconds());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("complete", rate.complete());
        d.put("recordsOnTopics", rate.records());
        d.put("factsApplied", rate.applied());
        d.put("secondsServiceReported", rate.seconds());
        d.put("secondsWall", wallSeconds);
        d.put("startedAt", wallStart.toString());
        d.put("liveConsumerAppliedMeanwhile", liveMeanwhile);
        d.put("projections", last);
        results.detail("replay", d);
        if (!rate.complete()) {
            results.error("replay: rebuild not finished after " + (long) wallSeconds + " s (cap): " + rate.applied()
                    + " of " + rate.records() + " facts applied; the rate is over the part applied");
        }
        Results.log("replay: %s, %d records on the topics, %d facts applied in %.1f s = %.0f facts/s (the live "
                + "consumer applied %d meanwhile)", rate.complete() ? "complete" : "PARTIAL", rate.records(),
                rate.applied(), rate.seconds(), rate.factsPerSec(), liveMeanwhile);
    }

    /** Offsets the live consumer group has committed on the fact topics, in all. */
    private static long committed(Admin admin) throws Exception {
        long sum = 0;
        for (var e : admin.listConsumerGroupOffsets(LIVE_GROUP).partitionsToOffsetAndMetadata().get().entrySet()) {
            if (e.getValue() != null && FactTopics.FACTS.contains(e.getKey().topic())) {
                sum += e.getValue().offset();
            }
        }
        return sum;
    }
}

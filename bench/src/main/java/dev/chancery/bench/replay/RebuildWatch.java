package dev.chancery.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.load.Http;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Polls {@code GET /api/v1/admin/projections} every second until the rebuilt projections are LIVE, bounded. */
final class RebuildWatch {
    private final Http admin;
    private final String queryUrl;
    private final Map<String, Integer> generation;
    private final Map<String, JsonNode> last = new LinkedHashMap<>();

    RebuildWatch(Http admin, String queryUrl, Map<String, Integer> generation) {
        this.admin = admin;
        this.queryUrl = queryUrl;
        this.generation = generation;
    }

    /** True when every projection is LIVE on the generation it was rebuilding before {@code deadlineNanos}. */
    boolean awaitLive(long deadlineNanos) throws Exception {
        long start = System.nanoTime();
        long lastLog = 0;
        while (System.nanoTime() < deadlineNanos) {
            Thread.sleep(1000);
            boolean done = poll();
            if (System.nanoTime() - lastLog > 15e9) {
                lastLog = System.nanoTime();
                long applied = progress().stream().mapToLong(ReplayRate.Progress::factsApplied).sum();
                double seconds = (lastLog - start) / 1e9;
                Results.log("replay: %.0f s, %d facts applied, %.0f facts/s", seconds, applied, applied / seconds);
            }
            if (done) {
                return true;
            }
        }
        return false;
    }

    private boolean poll() throws Exception {
        HttpResponse<String> r = admin.send(admin.get(queryUrl + "/api/v1/admin/projections"));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/admin/projections answered " + r.statusCode());
        }
        boolean done = true;
        for (JsonNode n : Results.JSON.readTree(r.body())) {
            String name = n.path("name").asText();
            if (!generation.containsKey(name)) {
                continue;
            }
            last.put(name, n);
            if ("FAILED".equals(n.path("state").asText())) {
                throw new IllegalStateException("rebuild of " + name + " failed: " + n.path("error").asText());
            }
            done &= "LIVE".equals(n.path("state").asText())
                    && n.path("activeGeneration").asInt() == generation.get(name);
        }
        return done;
    }

    /** The last state the service reported of each projection. */
    Map<String, JsonNode> last() {
        return last;
    }

    List<ReplayRate.Progress> progress() {
        return last.values().stream().map(n -> new ReplayRate.Progress(instant(n.path("startedAt").asText(null)),
                instant(n.path("finishedAt").asText(null)), n.path("factsApplied").asLong())).toList();
    }

    private static Instant instant(String s) {
        try {
            return s == null || s.isBlank() || "null".equals(s) ? null : Instant.parse(s);
        } catch (Exception e) {
            return null;
        }
    }
}

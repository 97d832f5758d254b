package dev.chancery.faults.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Rebuilds the three query projections from the topics through the admin API and waits until each is LIVE again. */
final class ProjectionRebuild {
    private static final List<String> PROJECTIONS = List.of("articles", "claims", "events");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ProjectionAnswers answers;

    ProjectionRebuild(ProjectionAnswers answers) {
        this.answers = answers;
    }

    /** True once every projection is LIVE on a newer generation than before; false after {@code max}. */
    boolean run(String queryUrl, String adminToken, Duration max) throws Exception {
        Map<String, String> before = answers.states();
        for (String p : PROJECTIONS) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(queryUrl
                    + "/api/v1/admin/projections/" + p + ":rebuild")).header("Authorization", "Bearer " + adminToken)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) {
                throw new IllegalStateException("rebuild of " + p + " answered " + r.statusCode() + " " + r.body());
            }
        }
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> now = answers.states();
            if (PROJECTIONS.stream().allMatch(p -> now.get(p).endsWith(" LIVE")
                    && generation(now.get(p)) > generation(before.get(p)))) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static int generation(String state) {
        return Integer.parseInt(state.split(" ")[0]);
    }
}

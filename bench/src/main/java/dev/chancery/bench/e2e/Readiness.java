package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.Results;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.load.Visibility;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Checks every endpoint the bench needs, with a clear message for the first that is not there. */
final class Readiness {
    private final PlatformUnderTest p;

    Readiness(PlatformUnderTest platform) {
        this.p = platform;
    }

    void check() throws Exception {
        watchKnownGatherings();
        TrackedArticles.Posted first = p.post();
        if (first.status() != 201 || first.id() == null) {
            throw new IllegalStateException("ingestion service not ready: POST " + p.articlesUrl() + " answered "
                    + first.status() + " " + OneLine.of(first.body()));
        }
        Visibility v = new Visibility();
        v.register(first.id(), first.acceptedNanos(), first.gatherings());
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (v.visibleCount() == 0 && System.nanoTime() < deadline) {
            for (String g : first.gatherings()) {
                v.poll(p.client(), p.invitationsUrl(g));
            }
            Thread.sleep(200);
        }
        if (v.visibleCount() == 0) {
            Http http = p.http();
            String progressUrl = p.query() + "/api/v1/articles/" + first.id() + "/progress";
            HttpResponse<String> progress = http.send(http.get(progressUrl));
            throw new IllegalStateException("pipeline not working end to end: article " + first.id()
                    + " (invitation to " + first.gatherings() + ") not visible in the invitations after 180 s; "
                    + "the query's progress says " + progress.statusCode() + " " + OneLine.of(progress.body()));
        }
        double seconds = (System.nanoTime() - first.acceptedNanos()) / 1e9;
        Results.log("pipeline ready: first article visible in invitations %.1f s after its 201", seconds);
        p.results().figure("ready.firstArticleSeconds", seconds);
    }

    /** Keeps the gatherings the query service knows (an unknown id is a 404 by contract). */
    private void watchKnownGatherings() throws Exception {
        Set<String> known = new LinkedHashSet<>();
        String failure = null;
        for (String g : p.tracked().gatherings()) {
            HttpResponse<String> inv = p.http().send(p.http().get(p.invitationsUrl(g)));
            if (inv.statusCode() == 200) {
                known.add(g);
            } else if (failure == null) {
                failure = "GET " + p.invitationsUrl(g) + " answered " + inv.statusCode() + " " + OneLine.of(inv.body());
            }
        }
        if (known.isEmpty()) {
            throw new IllegalStateException("query service not ready: " + failure);
        }
        if (known.size() < p.tracked().gatherings().size()) {
            Results.log("not watched (the query service does not know them): %s; e.g. %s",
                    p.tracked().gatherings().stream().filter(g -> !known.contains(g)).toList(), failure);
        }
        p.tracked().watchOnly(known);
        p.results().detail("platform.watched", Map.of("articles", p.tracked().size(), "gatherings",
                p.tracked().gatherings()));
        if (p.tracked().size() == 0) {
            throw new IllegalStateException("no generated article names a gathering the query service knows");
        }
    }
}

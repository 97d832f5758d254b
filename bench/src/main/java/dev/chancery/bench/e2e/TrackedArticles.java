package dev.chancery.bench.e2e;

import dev.chancery.bench.cpu.ExtractionAlone.Expected;
import dev.chancery.bench.harness.Corpus;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.load.LoadHttpClient;
import dev.chancery.bench.load.PreparedPosts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The corpus articles whose arrival the e2e phases can see, each posted as a new article in turn. */
final class TrackedArticles {
    private static final long POST_TIMEOUT_SECONDS = 30;
    private final List<CorpusArticle> articles = new ArrayList<>();
    private final List<Set<String>> gatheringsOf = new ArrayList<>();
    private final List<String> gatherings;
    private final AtomicInteger next = new AtomicInteger();
    private final String runTag = Long.toString(System.currentTimeMillis(), 36);

    /** One POST: the article's id on 201 (else null), when the answer arrived, the gatherings to watch. */
    record Posted(int status, String id, long acceptedNanos, Set<String> gatherings, String body) {
    }

    TrackedArticles(List<CorpusArticle> corpus, List<Expected> expected) {
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (!expected.get(i).gatherings().isEmpty()) {
                articles.add(corpus.get(i));
                gatheringsOf.add(expected.get(i).gatherings());
                all.addAll(expected.get(i).gatherings());
            }
        }
        this.gatherings = new ArrayList<>(all);
        if (articles.isEmpty()) {
            throw new IllegalStateException("no generated article carries an invitation claim to a gathering: "
                    + "nothing to watch in /api/v1/gatherings/{id}/invitations");
        }
    }

    int size() {
        return articles.size();
    }

    /** The gatherings watched: those the tracked articles name. */
    List<String> gatherings() {
        return gatherings;
    }

    /** Keeps only the gatherings in {@code known}, and the articles that still name one of them. */
    void watchOnly(Set<String> known) {
        for (int i = articles.size() - 1; i >= 0; i--) {
            Set<String> keep = new LinkedHashSet<>(gatheringsOf.get(i));
            keep.retainAll(known);
            if (keep.isEmpty()) {
                articles.remove(i);
                gatheringsOf.remove(i);
            } else {
                gatheringsOf.set(i, keep);
            }
        }
        gatherings.retainAll(known);
    }

    /** The next article's body, for a load generator JVM to post. */
    PreparedPosts.Post prepare() {
        int n = next.getAndIncrement();
        int k = n % articles.size();
        return new PreparedPosts.Post(articles.get(k).json(runTag + "-" + n, Corpus.feedTime(n)), gatheringsOf.get(k));
    }

    /** Posts the next article to {@code postUrl} and waits for the answer. */
    Posted post(LoadHttpClient client, String postUrl) throws Exception {
        PreparedPosts.Post post = prepare();
        LoadHttpClient.Reply r = client.postJson(postUrl, post.body()).toCompletableFuture()
                .get(POST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long at = System.nanoTime();
        String body = new String(r.body(), StandardCharsets.UTF_8);
        return new Posted(r.status(), r.status() == 201 ? Results.JSON.readTree(body).path("id").asText(null) : null,
                at, post.gatherings(), body);
    }
}

package dev.chancery.faults.run;

import dev.chancery.faults.run.GeneratedArticles.Article;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams articles in chunks of {@link #CHUNK}, the chunks taking turns over the three ways in: single REST POSTs,
 * one NDJSON batch, the Kafka intake topic. Records what each way accepted; counts what was sent so far.
 */
final class ArticleStream {
    static final int CHUNK = 10;
    static final List<String> CHANNELS = List.of("rest", "batch", "kafka");
    private final ArticleSender sender;
    private final IntakeProducer intake;
    private final Map<String, Set<String>> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final List<String> errors;
    private int chunk;

    ArticleStream(ArticleSender sender, IntakeProducer intake, List<String> errors) {
        this.sender = sender;
        this.intake = intake;
        this.errors = errors;
        CHANNELS.forEach(c -> accepted.put(c, new ConcurrentSkipListSet<>()));
    }

    /** Sends the articles, chunk by chunk; an article a channel finally refused is an error, not accepted. */
    void send(List<Article> articles) {
        for (int from = 0; from < articles.size(); from += CHUNK) {
            List<Article> part = articles.subList(from, Math.min(articles.size(), from + CHUNK));
            String channel = CHANNELS.get(chunk++ % CHANNELS.size());
            try {
                List<String> ids = switch (channel) {
                    case "rest" -> postEach(part);
                    case "batch" -> sender.postBatch(part);
                    default -> intake.submit(part);
                };
                accepted.get(channel).addAll(ids);
                checkIds(part, ids);
            } catch (Exception e) {
                errors.add(channel + " chunk from " + part.get(0).url() + ": " + e.getMessage());
            }
            sent.addAndGet(part.size());
        }
    }

    private List<String> postEach(List<Article> part) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (Article a : part) {
            ids.add(sender.postOne(a));
        }
        return ids;
    }

    /** The ids ingestion answered must be those the Kafka channel is expected under: else its count means nothing. */
    private void checkIds(List<Article> part, List<String> ids) {
        for (int i = 0; i < part.size() && i < ids.size(); i++) {
            if (!part.get(i).expectedId().equals(ids.get(i))) {
                errors.add("ingestion answered id " + ids.get(i) + " for " + part.get(i).url() + ", expected "
                        + part.get(i).expectedId());
            }
        }
    }

    int sent() {
        return sent.get();
    }

    Map<String, Set<String>> accepted() {
        return accepted;
    }
}

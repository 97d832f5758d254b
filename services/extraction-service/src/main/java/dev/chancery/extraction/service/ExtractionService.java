package dev.chancery.extraction.service;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.StreamAppend;
import io.smallrye.mutiny.Uni;
import dev.chancery.platform.store.Transactions;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Extracts ingested articles once per extractor version, a batch of them in one transaction: the processed-fact
 * marks, each article's claims and closing ArticleExtracted appended to its stream. A newer version's
 * ArticleExtracted names the version it supersedes; the older claims stay, as every fact does. The superseded
 * version is read from the article's own stream through the store ({@link FactStore#readStreams}): the facts are
 * extraction's own, so no read model of its own would hold anything the stream does not.
 */
@ApplicationScoped
public class ExtractionService {
    private final Transactions transactions;
    private final FactStore store;
    private final IdempotentConsumer consumer;

    public ExtractionService(Transactions transactions, FactStore store, IdempotentConsumer consumer) {
        this.transactions = transactions;
        this.store = store;
        this.consumer = consumer;
    }

    /** @return the facts appended, empty when this version already extracted the article */
    public Uni<List<FactEnvelope<FactPayload>>> extract(FactEnvelope<ArticleIngested> article, Extractor extractor) {
        return extractAll(List.of(article), extractor);
    }

    /**
     * Extracts every article (the CPU work before the transaction), then in one transaction marks their facts
     * processed, reads the previous extractor version of each (one query) and appends every article's facts (one
     * append to many streams). An article this version already extracted, or whose fact came earlier in the
     * batch, is skipped; if anything fails, nothing of the batch is written.
     *
     * @return the facts appended
     */
    public Uni<List<FactEnvelope<FactPayload>>> extractAll(List<FactEnvelope<ArticleIngested>> articles,
            Extractor extractor) {
        List<List<ClaimExtracted>> claims = articles.stream().map(a -> extractor.extract(a.payload())).toList();
        List<UUID> factIds = articles.stream().map(FactEnvelope::factId).toList();
        return transactions.inTransaction(conn -> consumer.firstTimeAll(conn, "extraction:" + extractor.version(),
                factIds).chain(first -> {
                    List<Integer> todo = IntStream.range(0, articles.size()).filter(first::get).boxed().toList();
                    if (todo.isEmpty()) {
                        return Uni.createFrom().item(List.<FactEnvelope<FactPayload>>of());
                    }
                    List<String> ids = todo.stream().map(i -> articles.get(i).payload().articleId()).toList();
                    return previousVersions(conn, ids, extractor.version()).chain(previous -> store.appendAll(conn,
                            todo.stream().map(i -> append(articles.get(i), claims.get(i), extractor.version(),
                                    previous)).toList()));
                }));
    }

    private static StreamAppend append(FactEnvelope<ArticleIngested> article, List<ClaimExtracted> claims,
            String version, Map<String, String> previous) {
        String articleId = article.payload().articleId();
        return new StreamAppend(articleId, ExpectedVersion.any(), facts(article, claims, version,
                previous.get(articleId)));
    }

    /** Per article, the newest other extractor version that extracted it (absent: none did). */
    private Uni<Map<String, String>> previousVersions(SqlConnection conn, List<String> articleIds, String version) {
        return store.readStreams(conn, articleIds, FactType.ARTICLE_EXTRACTED).map(extracted -> {
            Map<String, String> out = new HashMap<>();
            for (FactEnvelope<FactPayload> fact : extracted) {
                ArticleExtracted done = (ArticleExtracted) fact.payload();
                if (!done.extractorVersion().equals(version)) {
                    out.put(fact.streamId(), done.extractorVersion()); // in version order: the newest stays
                }
            }
            return out;
        });
    }

    private static List<FactEnvelope<?>> facts(FactEnvelope<ArticleIngested> article, List<ClaimExtracted> claims,
            String version, String supersedes) {
        UUID correlation = article.correlationId() != null ? article.correlationId() : article.factId();
        Instant published = article.payload().publishedAt();
        List<FactEnvelope<?>> facts = new ArrayList<>();
        for (ClaimExtracted claim : claims) {
            Instant valid = claim.date() != null && claim.date().start() != null
                    ? claim.date().start().atStartOfDay().toInstant(ZoneOffset.UTC) : null;
            facts.add(FactEnvelope.of(DeterministicIds.of("claim-fact", claim.claimId()), claim, correlation,
                    article.factId(), valid, published));
        }
        ArticleExtracted summary = new ArticleExtracted(article.payload().articleId(), version, claims.size(),
                claims.stream().map(ClaimExtracted::claimId).toList(), supersedes);
        facts.add(FactEnvelope.of(DeterministicIds.of("article-extracted", article.payload().articleId(), version),
                summary, correlation, article.factId(), null, published));
        return facts;
    }
}
